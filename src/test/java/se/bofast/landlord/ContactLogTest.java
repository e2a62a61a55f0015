package se.bofast.landlord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.landlord.ContactLog.NewContact;
import se.bofast.landlord.PartnerRegister.NewPartner;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.AppTest;

/**
 * The contact log as eviction-prevention uses it: a contact with a tenant's landlord is logged
 * when the landlord is a partner in the register (found by its organisationsnummer, as typed),
 * and nowhere when it is not.
 */
@AppTest
class ContactLogTest {

  @Autowired PartnerRegister register;
  @Autowired ContactLog contactLog;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aContactIsLoggedForAnOrganisationThatIsAPartner() {
    String number = TestOrganisationNumbers.next();
    long partnerId = register.create(new NewPartner(PartnerKind.LANDLORD, "Stockholmshem", number, null)).id();

    String typed = " 16" + number.replace("-", "") + " ";
    assertThat(contactLog.recordContactIfPartner(typed, contact("VR-2026-00042"))).isPresent();

    assertThat(contactLog.contacts(partnerId)).singleElement().satisfies(c -> {
      assertThat(c.partnerId()).isEqualTo(partnerId);
      assertThat(c.subject()).isEqualTo("Risk för vräkning (VR-2026-00042)");
      assertThat(c.evictionCaseNumber()).isEqualTo("VR-2026-00042");
    });
  }

  @Test
  void nothingIsLoggedForAnOrganisationThatIsNotAPartner() {
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM partner_contact", Integer.class);

    assertThat(contactLog.recordContactIfPartner(TestOrganisationNumbers.next(), contact("VR-2026-00043"))).isEmpty();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM partner_contact", Integer.class)).isEqualTo(before);
    assertThatThrownBy(() -> contactLog.recordContactIfPartner("19121212-1212", contact("VR-2026-00044")))
        .as("a personnummer is no organisationsnummer")
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("organisationNumber"));
  }

  private static NewContact contact(String caseNumber) {
    return new NewContact(LocalDate.now().minusDays(1), ContactChannel.PHONE, "Risk för vräkning (" + caseNumber + ")",
        "Avbetalningsplan", caseNumber, null);
  }
}
