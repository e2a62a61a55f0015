package se.bofast.reporting;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.identity.Groups;
import se.bofast.platform.web.RequireGroups;
import se.bofast.reporting.KpiFigures.Period;

/**
 * The figures of a period that are tables of their own (docs/kpi-definitions.md): boendestöd per
 * client, contacts with previously unknown homeless people by channel, and the training and trial
 * apartments per month. The period is checked as for /api/reports/kpis. For the enhetschef only.
 */
@RestController
@RequireGroups(Groups.ENHETSCHEF)
class SupportVisitController {

  private final SupportVisitService supportVisits;
  private final FirstContactService firstContacts;
  private final ApartmentStockService apartmentStock;

  SupportVisitController(SupportVisitService supportVisits, FirstContactService firstContacts,
      ApartmentStockService apartmentStock) {
    this.supportVisits = supportVisits;
    this.firstContacts = firstContacts;
    this.apartmentStock = apartmentStock;
  }

  @GetMapping(value = "/api/reports/support-visits", produces = MediaType.APPLICATION_JSON_VALUE)
  SupportVisitFigures supportVisits(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    Period period = KpiController.period(from, to);
    return supportVisits.between(period.from(), period.to());
  }

  @GetMapping(value = "/api/reports/first-contacts", produces = MediaType.APPLICATION_JSON_VALUE)
  FirstContactFigures firstContacts(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    Period period = KpiController.period(from, to);
    return firstContacts.between(period.from(), period.to());
  }

  @GetMapping(value = "/api/reports/apartment-stock", produces = MediaType.APPLICATION_JSON_VALUE)
  ApartmentStock apartmentStock(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    Period period = KpiController.period(from, to);
    return apartmentStock.between(period.from(), period.to());
  }
}
