package se.bofast.housing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a review goes against the support-intensity recommendation (and so needs a reason): four or
 * more visits a week recommend supported housing, and the client stays in or moves on from an own
 * apartment. Staying at a stödboende with few visits is no deviation: the rule says what an own
 * apartment can carry, not that the client is ready for one.
 */
class SupportAdviceTest {

  @ParameterizedTest(name = "{0} in {1}, {2}: against = {3}")
  @CsvSource({
      "supported-housing, TRANINGSLAGENHET, STAY, true",
      "supported-housing, FORSOKSLAGENHET, FORWARD, true",
      "supported-housing, TRANINGSLAGENHET, CONVERT, true",
      "supported-housing, EGET_KONTRAKT, STAY, true",
      "supported-housing, TRANINGSLAGENHET, BACK, false",
      "supported-housing, FORSOKSLAGENHET, CLOSE, false",
      "supported-housing, STODBOENDE, STAY, false",
      "own-apartment-with-support, TRANINGSLAGENHET, STAY, false",
      "own-apartment-with-support, STODBOENDE, STAY, false",
      "own-apartment-with-support, INACKORDERINGSHEM, FORWARD, false"})
  void againstTheRecommendation(String recommendation, Step step, ReviewOutcome outcome, boolean against) {
    assertThat(SupportAdvice.isAgainst(recommendation, step, outcome)).isEqualTo(against);
  }
}
