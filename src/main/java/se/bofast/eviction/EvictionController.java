package se.bofast.eviction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
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
import se.bofast.client.ClientConstants;
import se.bofast.eviction.EvictionService.CaseView;
import se.bofast.eviction.EvictionService.Receipt;
import se.bofast.identity.Groups;
import se.bofast.landlord.LandlordConstants;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.DateRange;
import se.bofast.platform.web.SafeText;
import se.bofast.platform.web.RequireGroups;

/**
 * Signals from landlords, Kronofogden and Bostadsförmedlingen (system account in group
 * intake) and from the team itself (bosamordnare); the cases for those who work them.
 */
@RestController
class EvictionController {

  private final EvictionService cases;
  private final SignalIntake intake;
  private final ApiAccess access;

  EvictionController(EvictionService cases, SignalIntake intake, ApiAccess access) {
    this.cases = cases;
    this.intake = intake;
    this.access = access;
  }

  /** What the intake accepts: the columns' lengths, ranges that make sense for a household and a debt. */
  static final int PERSONAL_NUMBER_INPUT_MAX_LENGTH = ClientConstants.PERSONAL_NUMBER_INPUT_MAX_LENGTH;
  static final int ORGANISATION_NUMBER_INPUT_MAX_LENGTH = LandlordConstants.ORGANISATION_NUMBER_INPUT_MAX_LENGTH;
  static final int MAX_CHILDREN = EvictionService.MAX_CHILDREN;

  record Tenant(@NotBlank(message = "Ange hyresgästens personnummer eller samordningsnummer.")
      @SafeText(max = PERSONAL_NUMBER_INPUT_MAX_LENGTH) String personnummer,
      @NotBlank(message = "Ange hyresgästens namn.") @SafeText(max = 120) String name) {
  }

  record Address(@NotBlank(message = "Ange gatuadress.") @SafeText(max = 120) String street,
      @NotBlank(message = "Ange postnummer.") @SafeText(max = 10) String postalCode,
      @NotBlank(message = "Ange ort.") @SafeText(max = 60) String city) {
  }

  record Landlord(@SafeText(max = 120) String name,
      @SafeText(max = ORGANISATION_NUMBER_INPUT_MAX_LENGTH) String organisationNumber) {
  }

  record SignalBody(
      @NotBlank(message = "Ange avsändarens referens.") @SafeText(max = 100) String externalReference,
      @NotNull(message = "Ange källa: LANDLORD, KRONOFOGDEN, BOSTADSFORMEDLINGEN eller SOCIAL_SERVICES.")
      SignalSource source,
      @NotNull(message = "Ange typ: RENT_ARREARS, DISTURBANCE, EVICTION_DATE_SET eller EARLY_WARNING.")
      SignalType type,
      @NotNull(message = "Ange hyresgästen (personnummer och namn).") @Valid Tenant tenant,
      @NotNull(message = "Ange adressen (gata, postnummer, ort).") @Valid Address address,
      @Valid Landlord landlord,
      @PositiveOrZero(message = "Antal barn kan inte vara negativt.")
      @Max(value = MAX_CHILDREN, message = "Högst " + MAX_CHILDREN + " barn.") Integer childrenInHousehold,
      @PositiveOrZero(message = "Hyresskulden kan inte vara negativ.")
      @Digits(integer = 8, fraction = 2, message = "Hyresskulden anges i kronor och ören, högst 99 999 999,99.")
      BigDecimal rentDebtSek,
      @DateRange(yearsAhead = 0) LocalDate noticeServedDate,
      @DateRange(yearsAhead = 0) LocalDate socialServicesNotifiedDate,
      @DateRange LocalDateTime evictionDate) {

    Signal toSignal() {
      return new Signal(externalReference, source, type, tenant.personnummer(), tenant.name(), address.street(),
          address.postalCode(), address.city(), landlord == null ? null : landlord.name(),
          landlord == null ? null : landlord.organisationNumber(), childrenInHousehold, rentDebtSek,
          noticeServedDate, socialServicesNotifiedDate, evictionDate);
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
    return cases.get(caseId);
  }

  @GetMapping(EvictionConstants.API_CASES)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.SOCIALSEKRETERARE, Groups.ENHETSCHEF})
  List<CaseView> list(@RequestParam(required = false) String status) {
    return cases.list(status);
  }
}
