package org.iepdr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Pins {@link InvalidInputException}: its message and parts, and that requireNonNegative passes 0 and up through. */
class InvalidInputExceptionTest {

  @Test
  void requireNonNegativeReturnsTheValueFromZeroUp() {
    assertThat(InvalidInputException.requireNonNegative("days", 0)).isZero();
    assertThat(InvalidInputException.requireNonNegative("days", 1)).isEqualTo(1);
    assertThat(InvalidInputException.requireNonNegative("days", 45)).isEqualTo(45);
    assertThat(InvalidInputException.requireNonNegative("days", Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aNegativeValueIsRejectedNamingFieldValueAndWhatIsAllowed() {
    assertThatThrownBy(() -> InvalidInputException.requireNonNegative("days", -3))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("days");
          assertThat(e.value()).isEqualTo("-3");
          assertThat(e.allowed()).isEqualTo("0 or more");
          // The example of the class Javadoc.
          assertThat(e).hasMessage("field 'days' was -3; allowed: 0 or more");
        });
  }
}
