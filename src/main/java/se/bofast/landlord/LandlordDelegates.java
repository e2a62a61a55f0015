package se.bofast.landlord;

import static se.bofast.landlord.LandlordConstants.VAR_PARTNER_ID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of landlord-relations, referenced from the model by
 * camunda:delegateExpression="${addObtainedApartments}".
 */
@Configuration(proxyBeanMethods = false)
class LandlordDelegates {

  private final LandlordService partners;

  LandlordDelegates(LandlordService partners) {
    this.partners = partners;
  }

  /** Adds the apartments obtained in negotiations (and not yet added) to housing's stock, with agreements. */
  @Bean
  JavaDelegate addObtainedApartments() {
    return execution -> partners.addObtainedApartments(((Number) execution.getVariable(VAR_PARTNER_ID)).longValue());
  }
}
