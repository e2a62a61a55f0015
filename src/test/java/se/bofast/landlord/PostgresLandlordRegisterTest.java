package se.bofast.landlord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.housing.ApartmentService;
import se.bofast.housing.Step;
import se.bofast.landlord.ContactLog.ContactView;
import se.bofast.landlord.ContactLog.NewContact;
import se.bofast.landlord.ContactPersons.NewContactPerson;
import se.bofast.landlord.PartnerRegister.NewPartner;
import se.bofast.landlord.PartnerRegister.PartnerView;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.support.PostgresAppTest;

/** The partner register on PostgreSQL 17: the V5 migration, its constraints, and the register with its process. */
@PostgresAppTest
class PostgresLandlordRegisterTest {

  @Autowired PartnerRegister landlords;
  @Autowired ContactPersons contactPersons;
  @Autowired ContactLog contactLog;
  @Autowired LeaseAgreements agreements;
  @Autowired ApartmentService apartments;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Test
  void theMigrationRanOnPostgresql() {
    assertThat(jdbc.queryForObject(
        "SELECT count(*) FROM flyway_schema_history WHERE version = '5' AND success", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_name IN "
        + "('partner', 'partner_contact_person', 'partner_contact', 'apartment_need', 'obtained_apartment', "
        + "'lease_agreement')", String.class)).hasSize(6);
    assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns "
        + "WHERE table_name = 'partner_contact' AND column_name = 'recorded_at'", String.class))
        .isEqualTo("timestamp with time zone");
  }

  @Test
  void theRegisterStoresAPartnerItsContactsAndAgreementsAndStartsItsProcess() {
    String number = TestOrganisationNumbers.next();
    PartnerView partner = landlords.create(new NewPartner(PartnerKind.LANDLORD, "Rinkebyhus", number, "P2M"));
    assertThat(partner.organisationNumber()).isEqualTo(number);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(partner.processInstanceId())
        .processInstanceBusinessKey(String.valueOf(partner.id())).count()).isOne();
    assertThat(managementService.createJobQuery().processInstanceId(partner.processInstanceId()).timers().count())
        .isOne();

    contactPersons.addContactPerson(partner.id(), new NewContactPerson("Lena Ek", "Förvaltare", null, "lena@example.se"));
    contactLog.recordContact(partner.id(), new NewContact(LocalDate.now().minusDays(1), ContactChannel.EMAIL,
        "Störningar i trapphuset – ärende hos socialtjänsten", "Hyresvärden avvaktar", null, "VK-2026-00001"));
    long apartmentId = apartments.add("Rinkebystråket 5", "163 73", "Spånga", "Rinkebyhus", Step.FORSOKSLAGENHET).id();
    agreements.addAgreement(partner.id(), apartmentId, null);

    PartnerView read = landlords.get(partner.id());
    assertThat(read.contactPersons()).extracting(ContactPersons.ContactPersonView::email)
        .containsExactly("lena@example.se");
    assertThat(read.agreements()).extracting(LeaseAgreements.AgreementView::apartmentId).containsExactly(apartmentId);
    List<ContactView> log = contactLog.contacts(partner.id());
    assertThat(log).extracting(ContactView::subject)
        .containsExactly("Störningar i trapphuset – ärende hos socialtjänsten");

    assertThatThrownBy(() -> landlords.create(new NewPartner(PartnerKind.LANDLORD, "Dubblett", number, null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("redan en partner");
    assertThatThrownBy(() -> agreements.addAgreement(partner.id(), apartmentId, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("redan ett avtal");

    landlords.deactivate(partner.id());
    assertThat(landlords.get(partner.id()).active()).isFalse();
  }

  @Test
  void theDatabaseItselfRefusesWhatTheRegisterMustNotHold() {
    assertThatThrownBy(() -> jdbc.update("INSERT INTO partner (kind, name, organisation_number, contact_interval, "
        + "active, created_at, created_by) VALUES ('BANK', 'X', '559000-0001', 'P3M', true, CURRENT_TIMESTAMP, 'bosse')"))
        .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_partner_kind");
    PartnerView partner = landlords.create(new NewPartner(PartnerKind.KRONOFOGDEN, "Kronofogden",
        TestOrganisationNumbers.next(), null));
    assertThatThrownBy(() -> jdbc.update("INSERT INTO partner_contact (partner_id, contact_date, channel, subject, "
        + "outcome, user_id, recorded_at) VALUES (?, CURRENT_DATE, 'FAX', 's', 'o', 'bosse', CURRENT_TIMESTAMP)",
        partner.id()))
        .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_partner_contact_channel");
    assertThatThrownBy(() -> jdbc.update("INSERT INTO partner_contact_person (partner_id, name, created_at, "
        + "created_by) VALUES (?, 'Nobody', CURRENT_TIMESTAMP, 'bosse')", partner.id()))
        .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_contact_person_reachable");
    assertThatThrownBy(() -> jdbc.update("UPDATE partner SET active = false WHERE id = ?", partner.id()))
        .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_partner_deactivated");
  }
}
