package se.bofast.reporting;

import java.util.Map;
import se.bofast.eviction.Outcome;
import se.bofast.eviction.SignalSource;
import se.bofast.eviction.SignalType;

/**
 * The Swedish names of Kronofogden's terms in the figures, as the eviction forms name them: the
 * tables (CSV, Excel), the review's summary and the dashboard (sent with its data) use these.
 */
final class EvictionLabels {

  static final Map<String, String> SIGNAL_TYPES = Map.of(
      SignalType.RENT_ARREARS.name(), "Hyresskuld (uppsägning och underrättelse)",
      SignalType.DISTURBANCE.name(), "Störningar",
      SignalType.EVICTION_DATE_SET.name(), "Avhysningsdatum satt av Kronofogden",
      SignalType.EARLY_WARNING.name(), "Tidig varning");

  static final Map<String, String> SIGNAL_SOURCES = Map.of(
      SignalSource.LANDLORD.name(), "Hyresvärd",
      SignalSource.KRONOFOGDEN.name(), "Kronofogden",
      SignalSource.BOSTADSFORMEDLINGEN.name(), "Bostadsförmedlingen",
      SignalSource.SOCIAL_SERVICES.name(), "Socialtjänsten själv");

  static final Map<String, String> OUTCOMES = Map.of(
      Outcome.PREVENTED.name(), "Vräkningen förhindrades – hyresgästen bor kvar",
      Outcome.MOVED.name(), "Hyresgästen flyttade själv",
      Outcome.EVICTED.name(), "Avhysningen verkställdes",
      Outcome.WITHDRAWN.name(), "Hyresvärden återkallade");

  /** By the JSON key of the figure they name. */
  static final Map<String, Map<String, String>> BY_FIGURE = Map.of(
      "signalsByType", SIGNAL_TYPES, "signalsBySource", SIGNAL_SOURCES, "casesByOutcome", OUTCOMES);

  private EvictionLabels() {
  }
}
