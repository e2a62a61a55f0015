package se.bofast.client;

import se.bofast.platform.web.InvalidInputException;

/**
 * The rules of a household that every module checks the same way: a number of children is a
 * count (0 or more). The one place where that rule and its Swedish message live.
 */
public final class Households {

  private Households() {
  }

  /** The count as given (null stays null: unknown), or a refusal naming the field when it is negative. */
  public static Integer childrenCount(Integer count, String field) {
    if (count != null && count < 0) {
      throw new InvalidInputException(field, "Antalet barn kan inte vara negativt.");
    }
    return count;
  }
}
