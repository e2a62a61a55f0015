package se.bofast.housing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.bofast.housing.ApartmentService.ApartmentView;
import se.bofast.housing.JourneyViews.JourneyView;
import se.bofast.identity.Groups;
import se.bofast.client.ClientProtection;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.DateRange;
import se.bofast.platform.web.SafeText;
import se.bofast.platform.web.RequireGroups;

/**
 * The chain over REST: the apartment stock (bosamordnare keep it), a journey with its
 * placements, transitions and gap days, and reporting what happened to the current placement:
 * a relapse (an event; the team gets a task), an uppsägning on a lawful cause, or a step that
 * ended without the next one starting.
 */
@RestController
class HousingController {

  private final ApartmentService apartments;
  private final JourneyViews journeys;
  private final JourneyMessages messages;
  private final ApiAccess access;
  private final ClientProtection protection;

  HousingController(ApartmentService apartments, JourneyViews journeys, JourneyMessages messages, ApiAccess access,
      ClientProtection protection) {
    this.protection = protection;
    this.apartments = apartments;
    this.journeys = journeys;
    this.messages = messages;
    this.access = access;
  }

  record NewApartment(
      @NotBlank(message = "Ange gatuadress.") @SafeText(max = 120) String street,
      @NotBlank(message = "Ange postnummer.") @SafeText(max = 10) String postalCode,
      @NotBlank(message = "Ange ort.") @SafeText(max = 60) String city,
      @NotBlank(message = "Ange hyresvärd.") @SafeText(max = 120) String landlordName,
      @NotNull(message = "Ange typ: TRANINGSLAGENHET eller FORSOKSLAGENHET.") Step kind) {
  }

  record Interruption(
      @NotNull(message = InterruptionCause.REQUIRED) InterruptionCause cause,
      @NotNull(message = "Ange datum för avbrottet.") @DateRange(yearsAhead = 0) LocalDate date) {
  }

  @GetMapping(HousingConstants.API_APARTMENTS)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.BOENDELOTS, Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE,
      Groups.ENHETSCHEF})
  List<ApartmentView> apartments() {
    return apartments.list();
  }

  @PostMapping(path = HousingConstants.API_APARTMENTS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups(Groups.BOSAMORDNARE)
  ResponseEntity<ApartmentView> addApartment(@Valid @RequestBody NewApartment body) {
    ApartmentView added = apartments.add(body.street(), body.postalCode(), body.city(), body.landlordName(),
        body.kind());
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path(HousingConstants.API_APARTMENT).buildAndExpand(added.id()).toUri();
    return ResponseEntity.created(location).body(added);
  }

  @GetMapping(HousingConstants.API_APARTMENT)
  @RequireGroups({Groups.BOSAMORDNARE, Groups.BOENDELOTS, Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE,
      Groups.ENHETSCHEF})
  ApartmentView apartment(@PathVariable long id) {
    return apartments.get(id);
  }

  @GetMapping(HousingConstants.API_JOURNEY)
  @RequireGroups({Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS, Groups.BOSAMORDNARE,
      Groups.ENHETSCHEF})
  JourneyView journey(@PathVariable String caseNumber) {
    JourneyView journey = journeys.viewByCaseNumber(caseNumber);
    return protection.currentUserMayIdentify(journey.clientId()) ? journey : journey.withoutPlaces();
  }

  @PostMapping(path = HousingConstants.API_INTERRUPTIONS, consumes = MediaType.APPLICATION_JSON_VALUE)
  @RequireGroups({Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS, Groups.BOSAMORDNARE})
  ResponseEntity<JourneyView> interrupt(@PathVariable String caseNumber, @Valid @RequestBody Interruption body) {
    String user = access.requireAnyGroup(Groups.CASE_MANAGER, Groups.SOCIALSEKRETERARE, Groups.BOENDELOTS,
        Groups.BOSAMORDNARE);
    messages.reportInterruption(caseNumber, body.cause(), body.date(), user);
    return ResponseEntity.accepted().body(journeys.viewByCaseNumber(caseNumber));
  }
}
