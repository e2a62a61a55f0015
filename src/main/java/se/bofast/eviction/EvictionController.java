package se.bofast.eviction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.bofast.eviction.SignalIntake.Receipt;
import se.bofast.identity.Groups;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.RequireGroups;

/**
 * Signals from landlords, Kronofogden and Bostadsförmedlingen (system account in group
 * intake) and from the team itself (bosamordnare); the cases for those who work them.
 */
@RestController
class EvictionController {

  private final CaseViews views;
  private final SignalRetry intake;
  private final ApiAccess access;

  EvictionController(CaseViews views, SignalRetry intake, ApiAccess access) {
    this.views = views;
    this.intake = intake;
    this.access = access;
  }

  record Tenant(String personnummer, String name) {
  }

  record Address(String street, String postalCode, String city) {
  }

  record Landlord(String name, String organisationNumber) {
  }

  /**
   * A signal as landlords' systems send it; {@code coTenants}, optional, the other tenants named
   * on the notice (each as {@code tenant}). Only its shape is checked here (types by Jackson,
   * the two nested objects present): the signal itself is validated in one place for every way
   * it arrives, {@link SignalRules}, whose refusals name these JSON fields (tenant.personnummer,
   * address.postalCode, coTenants[0].personnummer, ...) with the same Swedish messages, as 400
   * application/problem+json.
   */
  record SignalBody(
      String externalReference,
      SignalSource source,
      SignalType type,
      @NotNull(message = "Ange hyresgästen (personnummer och namn).") Tenant tenant,
      @NotNull(message = "Ange adressen (gata, postnummer, ort).") Address address,
      Landlord landlord,
      Integer childrenInHousehold,
      BigDecimal rentDebtSek,
      LocalDate noticeServedDate,
      LocalDate socialServicesNotifiedDate,
      LocalDateTime evictionDate,
      List<Tenant> coTenants) {

    Signal toSignal() {
      List<Signal.CoTenant> named = coTenants == null ? List.of() : coTenants.stream()
          .map(co -> co == null ? null : new Signal.CoTenant(co.personnummer(), co.name()))
          .toList();
      return new Signal(externalReference, source, type, tenant.personnummer(), tenant.name(), address.street(),
          address.postalCode(), address.city(), landlord == null ? null : landlord.name(),
          landlord == null ? null : landlord.organisationNumber(), childrenInHousehold, rentDebtSek,
          noticeServedDate, socialServicesNotifiedDate, evictionDate, named);
    }
  }

  record SignalAnswer(long caseId, String caseNumber, String processInstanceId, String priority,
      LocalDate reclaimDeadline, LocalDateTime evictionDate, boolean correlated, String status) {

    static SignalAnswer of(Receipt receipt) {
      CaseView c = receipt.evictionCase();
      return new SignalAnswer(c.caseId(), c.caseNumber(), c.processInstanceId(), c.priority(), c.reclaimDeadline(),
          c.evictionDate(), receipt.correlated(), c.status());
    }
  }

  @PostMapping(path = EvictionConstants.API_SIGNALS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.INTAKE})
  ResponseEntity<SignalAnswer> receive(@Valid @RequestBody SignalBody body) {
    String user = access.requireAnyGroup(Groups.BOSAMORDNARE, Groups.INTAKE);
    Receipt receipt = intake.receive(body.toSignal(), user);
    SignalAnswer answer = SignalAnswer.of(receipt);
    if (!receipt.created()) {
      return ResponseEntity.ok(answer);
    }
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path(EvictionConstants.API_CASE).buildAndExpand(answer.caseId()).toUri();
    return ResponseEntity.status(HttpStatus.CREATED).location(location).body(answer);
  }

  @GetMapping(EvictionConstants.API_CASE)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE, Groups.ENHETSCHEF})
  CaseView get(@PathVariable long caseId) {
    return views.get(caseId);
  }

  @GetMapping(EvictionConstants.API_CASES)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE, Groups.ENHETSCHEF})
  List<CaseView> list(@RequestParam(required = false) String status) {
    return views.list(status);
  }
}
