package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.*;
import static se.bofast.landlord.LandlordInputs.optionalText;
import static se.bofast.landlord.LandlordInputs.text;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.bofast.platform.process.CurrentUser;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.SafeText;

/**
 * The people the district talks to at each partner (name, role, phone or e-mail). One
 * transaction per call; a refusal throws {@link InvalidInputException} naming the field and
 * stores nothing.
 */
@Service
@Transactional
public class ContactPersons {

  public record NewContactPerson(@SafeText(max = PERSON_NAME_MAX_LENGTH) String name,
      @SafeText(max = ROLE_MAX_LENGTH) String role, @SafeText(max = PHONE_MAX_LENGTH) String phone,
      @SafeText(max = EMAIL_MAX_LENGTH) String email) {
  }

  public record ContactPersonView(long id, String name, String role, String phone, String email) {

    static ContactPersonView of(ContactPerson c) {
      return new ContactPersonView(c.id, c.name, c.role, c.phone, c.email);
    }
  }

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,30}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final PartnerRepository partners;
  private final ContactPersonRepository contactPersons;
  private final CurrentUser user;
  private final Clock clock;

  ContactPersons(PartnerRepository partners, ContactPersonRepository contactPersons, CurrentUser user, Clock clock) {
    this.partners = partners;
    this.contactPersons = contactPersons;
    this.user = user;
    this.clock = clock;
  }

  /** @throws se.bofast.platform.web.NotFoundException when there is no partner with this id */
  public ContactPersonView addContactPerson(long partnerId, NewContactPerson cmd) {
    partners.require(partnerId);
    if (cmd == null) {
      throw new InvalidInputException("name", "Ange kontaktpersonens namn.");
    }
    String name = text(cmd.name(), "name", "Ange kontaktpersonens namn.", PERSON_NAME_MAX_LENGTH);
    String role = optionalText(cmd.role(), "role", ROLE_MAX_LENGTH);
    String phone = optionalText(cmd.phone(), "phone", PHONE_MAX_LENGTH);
    String email = optionalText(cmd.email(), "email", EMAIL_MAX_LENGTH);
    if (phone == null && email == null) {
      throw new InvalidInputException("phone", "Ange telefonnummer eller e-postadress.");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new InvalidInputException("phone", "Telefonnumret får bara innehålla siffror, mellanslag, +, - och parenteser.");
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInputException("email", "Ogiltig e-postadress.");
    }
    return ContactPersonView.of(contactPersons.saveAndFlush(
        new ContactPerson(partnerId, name, role, phone, email, OffsetDateTime.now(clock), user.id())));
  }
}
