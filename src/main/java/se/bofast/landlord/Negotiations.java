package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.VAR_NEED_ID;
import static se.bofast.landlord.LandlordInputs.text;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.housing.Step;
import se.bofast.landlord.ContactLog.NewContact;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.web.InvalidInputException;

/**
 * The outcome of "Förhandla om lägenheter": the contact goes into the contact log and the
 * apartments the landlord offered are recorded against the need, for the process's next step
 * to add to housing's stock ({@link LeaseAgreements#addObtainedApartments}). Runs in the
 * task completion's transaction; a refusal names the field and stores nothing.
 */
@Service
@Transactional
class Negotiations {

  /** An apartment obtained in a negotiation, as the form records it. */
  record ObtainedApartmentInput(String street, String postalCode, String city, Step kind) {
  }

  private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3} ?\\d{2}");

  private final ApartmentNeedRepository needs;
  private final ObtainedApartmentRepository obtained;
  private final ContactLog contactLog;
  private final CurrentUser user;
  private final Clock clock;

  Negotiations(ApartmentNeedRepository needs, ObtainedApartmentRepository obtained, ContactLog contactLog,
      CurrentUser user, Clock clock) {
    this.needs = needs;
    this.obtained = obtained;
    this.contactLog = contactLog;
    this.user = user;
    this.clock = clock;
  }

  /** Records the negotiation of an open need; returns the number of apartments obtained. */
  int recordNegotiation(long needId, NewContact contact, List<ObtainedApartmentInput> got) {
    ApartmentNeed need = needs.findById(needId)
        .orElseThrow(() -> new InvalidInputException(VAR_NEED_ID, "Behovet finns inte (id " + needId + ")."));
    if (need.status != NeedStatus.OPEN) {
      throw new InvalidInputException(VAR_NEED_ID, "Behovet är redan hanterat.");
    }
    List<ObtainedApartment> rows = new ArrayList<>();
    for (int i = 0; i < got.size(); i++) {
      rows.add(obtainedApartment(need, got.get(i), String.valueOf(i + 1)));
    }
    contactLog.recordContact(need.partnerId, contact);
    obtained.saveAll(rows);
    need.status = NeedStatus.NEGOTIATED;
    need.obtained = rows.size();
    need.negotiatedAt = OffsetDateTime.now(clock);
    need.negotiatedBy = user.id();
    needs.saveAndFlush(need);
    return rows.size();
  }

  /** The form's apartment n (1-based) checked; its kind defaults to the need's. */
  private static ObtainedApartment obtainedApartment(ApartmentNeed need, ObtainedApartmentInput a, String n) {
    String street = text(a.street(), "street" + n, "Ange gatuadress för lägenhet " + n + ".", 120);
    String postal = text(a.postalCode(), "postalCode" + n, "Ange postnummer för lägenhet " + n + ".", 10);
    if (!POSTAL_CODE.matcher(postal).matches()) {
      throw new InvalidInputException("postalCode" + n,
          "Postnumret för lägenhet " + n + " ska ha fem siffror, till exempel 113 21.");
    }
    String city = text(a.city(), "city" + n, "Ange ort för lägenhet " + n + ".", 60);
    Step kind = a.kind() == null ? need.kind : a.kind();
    if (!kind.isApartment()) {
      throw new InvalidInputException("kind" + n, "Lägenhetstyp måste vara träningslägenhet eller försökslägenhet.");
    }
    return new ObtainedApartment(need.id, need.partnerId, street, postal.replace(" ", ""), city, kind);
  }
}
