package se.bofast.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.OutreachChannel;
import se.bofast.housing.OutreachContactFacts;
import se.bofast.housing.OutreachContactFacts.UnknownPersonContact;
import se.bofast.housing.VoluntaryOrganisations;

/**
 * First contacts with previously unknown homeless people, and all contacts with them
 * (unknownHomelessContacts), each split by how the contact came about and by voluntary organisation.
 */
@Service
@Transactional(readOnly = true)
public class FirstContactService {

  private final OutreachContactFacts contacts;
  private final VoluntaryOrganisations organisations;

  FirstContactService(OutreachContactFacts contacts, VoluntaryOrganisations organisations) {
    this.contacts = contacts;
    this.organisations = organisations;
  }

  public FirstContactFigures between(LocalDate from, LocalDate to) {
    List<UnknownPersonContact> found = contacts.unknownPersonContactsBetween(from, to);
    Map<String, Long> first = zeroPerChannel();
    Map<String, Long> all = zeroPerChannel();
    Map<Long, long[]> perOrganisation = new TreeMap<>();
    long firstContacts = 0;
    for (UnknownPersonContact c : found) {
      all.merge(c.channel().name(), 1L, Long::sum);
      long[] org = c.partnerId() == null ? null : perOrganisation.computeIfAbsent(c.partnerId(), id -> new long[2]);
      if (org != null) {
        org[1]++;
      }
      if (c.firstOfClient()) {
        firstContacts++;
        first.merge(c.channel().name(), 1L, Long::sum);
        if (org != null) {
          org[0]++;
        }
      }
    }
    List<FirstContactFigures.Organisation> byOrganisation = new ArrayList<>();
    perOrganisation.forEach((id, n) -> byOrganisation.add(new FirstContactFigures.Organisation(id,
        organisations.find(id).map(VoluntaryOrganisations.Organisation::name).orElse("Organisation " + id),
        n[0], n[1])));
    byOrganisation.sort(Comparator.comparing(FirstContactFigures.Organisation::name)
        .thenComparing(FirstContactFigures.Organisation::partnerId));
    return new FirstContactFigures(from, to, firstContacts, first, found.size(), all, byOrganisation);
  }

  private static Map<String, Long> zeroPerChannel() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (OutreachChannel channel : OutreachChannel.values()) {
      counts.put(channel.name(), 0L);
    }
    return counts;
  }
}
