package se.bofast.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Contacts with previously unknown homeless people by how the contact came about
 * (GET /api/reports/first-contacts). Definitions: docs/kpi-definitions.md, "Första kontakter med
 * tidigare okända hemlösa".
 *
 * @param firstContactsByChannel every channel, in OutreachChannel's order → first contacts
 * @param unknownHomelessContactsByChannel the KPI unknownHomelessContacts split by channel
 * @param byOrganisation the voluntary organisations with a contact in the period, by name
 */
public record FirstContactFigures(LocalDate from, LocalDate to, long firstContacts,
    Map<String, Long> firstContactsByChannel, long unknownHomelessContacts,
    Map<String, Long> unknownHomelessContactsByChannel, List<Organisation> byOrganisation) {

  public record Organisation(long partnerId, String name, long firstContacts, long unknownHomelessContacts) {
  }
}
