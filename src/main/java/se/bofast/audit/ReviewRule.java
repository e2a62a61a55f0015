package se.bofast.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * One rule of the monthly access-log review: given the period's reads (oldest first), what
 * deserves the enhetschef's look. Every rule bean takes part; the reads of protected persons
 * (issue 15 item 3: sekretessmarkering, skyddad folkbokföring, fingerade personuppgifter) join as
 * one more rule, kind {@value #PROTECTED_PERSON}, reading from the client module which clients
 * are protected and listing every read of them.
 */
public interface ReviewRule {

  String OUTSIDE_TEAM_AND_ROLES = "OUTSIDE_TEAM_AND_ROLES";
  String OUTSIDE_WORKING_HOURS = "OUTSIDE_WORKING_HOURS";
  String UNUSUAL_VOLUME = "UNUSUAL_VOLUME";
  /** Reserved for the protected-identity rule (issue 15 item 3). */
  String PROTECTED_PERSON = "PROTECTED_PERSON";

  List<Finding> findings(List<AccessLog.Row> reads);

  /**
   * A finding: the rule's kind, the reader, the day, the subject when the finding is about one
   * (else null), how many reads it covers and the first of them.
   */
  record Finding(String kind, String userId, LocalDate day, Long clientId, Long caseId, String caseNumber,
      int readCount, long firstLogId) {
  }

  /** The Swedish name of a kind, for the task and the page. */
  static String label(String kind) {
    return switch (kind) {
      case OUTSIDE_TEAM_AND_ROLES -> "Läsning av klient utanför eget team och egna roller";
      case OUTSIDE_WORKING_HOURS -> "Läsning utanför arbetstid";
      case UNUSUAL_VOLUME -> "Ovanligt många klienter och ärenden på en dag";
      case PROTECTED_PERSON -> "Läsning av person med skyddade personuppgifter";
      default -> kind;
    };
  }
}
