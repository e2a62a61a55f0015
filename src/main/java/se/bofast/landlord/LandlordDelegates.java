package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of landlord-relations, referenced from the model by
 * camunda:delegateExpression="${addObtainedApartments}".
 */
@Configuration(proxyBeanMethods = false)
class LandlordDelegates {

  private final LeaseAgreements agreements;

  LandlordDelegates(LeaseAgreements agreements) {
    this.agreements = agreements;
  }

  /** The landlord's answer to a takeover request goes back to the client's journey. */
  @Bean
  JavaDelegate answerTakeover(se.bofast.housing.JourneyMessages journeys) {
    return execution -> journeys.answerTakeover(
        (String) execution.getVariable(VAR_JOURNEY_CASE_NUMBER),
        Boolean.TRUE.equals(execution.getVariable(VAR_TAKEOVER_APPROVED)),
        se.bofast.platform.process.FormValues.date(execution, VAR_TAKEOVER_NEW_REVIEW_DATE, "Ny uppföljning"));
  }

  /** Adds the apartments obtained in negotiations (and not yet added) to housing's stock, with agreements. */
  @Bean
  JavaDelegate addObtainedApartments() {
    return execution -> agreements.addObtainedApartments(((Number) execution.getVariable(VAR_PARTNER_ID)).longValue());
  }
}
