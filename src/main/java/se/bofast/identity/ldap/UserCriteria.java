package se.bofast.identity.ldap;

import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.impl.UserQueryImpl;

/** The texts of a user query that Camunda's LDAP session writes into its filter, and its group. */
record UserCriteria(String groupId, String firstName, String firstNameLike, String lastName, String lastNameLike,
    String email, String emailLike) {

  static UserCriteria of(UserQueryImpl query) {
    return new UserCriteria(query.getGroupId(), query.getFirstName(), query.getFirstNameLike(), query.getLastName(),
        query.getLastNameLike(), query.getEmail(), query.getEmailLike());
  }

  /** The same texts, each passed through {@code escape} (a like-pattern's {@code %} is not escaped). */
  UserCriteria escaped(UnaryOperator<String> escape) {
    return new UserCriteria(groupId, map(firstName, escape), map(firstNameLike, escape), map(lastName, escape),
        map(lastNameLike, escape), map(email, escape), map(emailLike, escape));
  }

  /** Sets the texts that are present onto the query (the group is set by the caller). */
  void applyTexts(UserQueryImpl query) {
    if (firstName != null) {
      query.userFirstName(firstName);
    }
    if (firstNameLike != null) {
      query.userFirstNameLike(firstNameLike);
    }
    if (lastName != null) {
      query.userLastName(lastName);
    }
    if (lastNameLike != null) {
      query.userLastNameLike(lastNameLike);
    }
    if (email != null) {
      query.userEmail(email);
    }
    if (emailLike != null) {
      query.userEmailLike(emailLike);
    }
  }

  private static String map(String value, UnaryOperator<String> escape) {
    return value == null ? null : escape.apply(value);
  }
}
