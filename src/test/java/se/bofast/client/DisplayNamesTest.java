package se.bofast.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

  @Test
  void firstNameAndInitialOfTheLastName() {
    assertThat(DisplayNames.of("Kim Larsson")).isEqualTo("Kim L.");
    assertThat(DisplayNames.of("  Kim   Anders  Larsson ")).isEqualTo("Kim L.");
    assertThat(DisplayNames.of("Kim", "Larsson")).isEqualTo("Kim L.");
  }

  @Test
  void swedishLettersAndCharactersOutsideTheBasicPlaneStayWhole() {
    assertThat(DisplayNames.of("Åsa Ödman")).isEqualTo("Åsa Ö.");
    assertThat(DisplayNames.of("Kim \uD835\uDD04rnberg")).isEqualTo("Kim \uD835\uDD04.");
  }

  @Test
  void oneWordOrNothing() {
    assertThat(DisplayNames.of("Kim")).isEqualTo("Kim");
    assertThat(DisplayNames.of("  ")).isEmpty();
    assertThat(DisplayNames.of(null)).isEmpty();
  }

  @Test
  void anUnidentifiedPersonIsShownByAlias() {
    assertThat(DisplayNames.ofAlias("Blå jackan")).isEqualTo("Blå jackan (oidentifierad)");
  }
}
