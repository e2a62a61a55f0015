package se.bofast.client;

import static se.bofast.client.ClientConstants.API_GROUP_CASE_MANAGER;
import static se.bofast.client.ClientConstants.API_GROUP_SOCIALSEKRETERARE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.bofast.platform.web.ApiAccess;
import se.bofast.platform.web.DateRange;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.SafeText;
import se.bofast.platform.web.NotFoundException;
import se.bofast.platform.web.RequireGroups;

/**
 * The client register over REST for case managers and socialsekreterare. The service
 * enforces every rule; the annotations here only let REST callers see all field errors at once.
 */
@RestController
@RequireGroups({API_GROUP_CASE_MANAGER, API_GROUP_SOCIALSEKRETERARE})
class ClientController {

  static final int PERSONAL_NUMBER_INPUT_MAX_LENGTH = ClientConstants.PERSONAL_NUMBER_INPUT_MAX_LENGTH;
  static final int MAX_CHILDREN = 30;

  private final ClientService clients;
  private final ApiAccess access;
  private final ClientAccess clientAccess;

  ClientController(ClientService clients, ApiAccess access, ClientAccess clientAccess) {
    this.clients = clients;
    this.access = access;
    this.clientAccess = clientAccess;
  }

  /** An identified client (personalNumber, names) or an unidentified one (alias only). */
  record RegisterClient(
      @SafeText(max = PERSONAL_NUMBER_INPUT_MAX_LENGTH) String personalNumber,
      @SafeText(max = ClientConstants.NAME_MAX_LENGTH) String firstName,
      @SafeText(max = ClientConstants.NAME_MAX_LENGTH) String lastName,
      @PositiveOrZero(message = "Antalet barn kan inte vara negativt.")
      @Max(value = MAX_CHILDREN, message = "Högst " + MAX_CHILDREN + " barn.") Integer childrenInHousehold,
      @NotNull(message = "Ange behov: ADDICTION, PSYCHIATRIC eller BOTH.") Needs needs,
      @SafeText(max = ClientConstants.ALIAS_MAX_LENGTH, lengthMessage = "Aliaset får vara högst "
          + ClientConstants.ALIAS_MAX_LENGTH + " tecken.") String alias) {
  }

  record Identification(
      @SafeText(max = PERSONAL_NUMBER_INPUT_MAX_LENGTH) String personalNumber,
      @SafeText(max = ClientConstants.NAME_MAX_LENGTH) String firstName,
      @SafeText(max = ClientConstants.NAME_MAX_LENGTH) String lastName) {
  }

  record RecordFact(
      @NotNull(message = "Ange vilket slags uppgift det gäller.") FactKind kind,
      @NotNull(message = "Ange ett datum.") @DateRange(yearsAhead = 0) LocalDate date) {
  }

  @PostMapping(path = ClientConstants.API_CLIENTS, consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ClientView> register(@Valid @RequestBody RegisterClient body) {
    String user = currentUser();
    ClientView client;
    if (body.personalNumber() != null) {
      if (body.alias() != null) {
        throw new InvalidInputException("alias",
            "Ange antingen personnummer (identifierad klient) eller alias (oidentifierad klient), inte båda.");
      }
      client = clients.registerIdentified(body.personalNumber(), body.firstName(), body.lastName(),
          body.childrenInHousehold(), body.needs(), user);
    } else if (body.alias() != null) {
      if (body.firstName() != null || body.lastName() != null || body.childrenInHousehold() != null) {
        String field = body.firstName() != null ? "firstName" : body.lastName() != null ? "lastName" : "childrenInHousehold";
        throw new InvalidInputException(field,
            "En oidentifierad klient registreras med alias och behov; namn och hushåll anges när klienten identifieras.");
      }
      client = clients.registerUnidentified(body.alias(), body.needs(), user);
    } else {
      throw new InvalidInputException("personalNumber",
          "Ange personnummer, eller alias för en oidentifierad klient.");
    }
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path(ClientConstants.API_CLIENT).buildAndExpand(client.id()).toUri();
    return ResponseEntity.created(location).body(client);
  }

  @GetMapping(ClientConstants.API_CLIENT)
  ClientView get(@PathVariable long id) {
    String user = clientAccess.requireRead(id);
    return clientAccess.identityFor(existing(id), user);
  }

  @PostMapping(path = ClientConstants.API_IDENTIFICATION, consumes = MediaType.APPLICATION_JSON_VALUE)
  ClientView identify(@PathVariable long id, @Valid @RequestBody Identification body) {
    String user = currentUser();
    existing(id);
    return clients.identify(id, body.personalNumber(), body.firstName(), body.lastName(), user);
  }

  @GetMapping(ClientConstants.API_FACTS)
  TreatmentFacts facts(@PathVariable long id) {
    existing(id);
    return clients.treatmentFacts(id);
  }

  /** Records a fact; answers with the client's treatment facts as they now stand. */
  @PostMapping(path = ClientConstants.API_FACTS, consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TreatmentFacts> recordFact(@PathVariable long id, @Valid @RequestBody RecordFact body) {
    String user = currentUser();
    existing(id);
    clients.recordFact(id, body.kind(), body.date(), user);
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path(ClientConstants.API_FACTS).buildAndExpand(id).toUri();
    return ResponseEntity.created(location).body(clients.treatmentFacts(id));
  }

  private String currentUser() {
    return access.requireAnyGroup(API_GROUP_CASE_MANAGER, API_GROUP_SOCIALSEKRETERARE);
  }

  private ClientView existing(long id) {
    return clients.find(id).orElseThrow(() -> new NotFoundException("Klienten finns inte (id " + id + ")."));
  }
}
