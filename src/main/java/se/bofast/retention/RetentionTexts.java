package se.bofast.retention;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The Swedish lines of the approval form: number, case numbers, last entry, why; no names. */
@Component
class RetentionTexts {

  /** An engine string variable holds at most 4,000 characters. */
  static final int MAX_SUMMARY = 3_700;

  private final RetentionRule rule;

  RetentionTexts(RetentionRule rule) {
    this.rule = rule;
  }

  String whyDue(LocalDate lastEntry) {
    return "Mer än " + rule.periodText() + " sedan senaste anteckningen (" + lastEntry + ")";
  }

  String summary(List<RetentionRuns.Candidate> candidates, RetentionRuns.Status status) {
    StringBuilder s = new StringBuilder();
    List<RetentionRuns.Candidate> listed = candidates.stream().filter(c -> c.status() == status).toList();
    for (int i = 0; i < listed.size(); i++) {
      RetentionRuns.Candidate c = listed.get(i);
      if (s.length() > MAX_SUMMARY) {
        s.append("… och ").append(listed.size() - i).append(" klienter till (listan är avkortad)");
        break;
      }
      s.append("Nr ").append(c.position()).append(": ")
          .append(c.caseNumbers().isEmpty() ? "utan ärendenummer (klient-id " + c.clientId() + ")"
              : String.join(", ", c.caseNumbers()))
          .append(c.clientId() == null ? " (hyresgäst som inte är klient)" : "")
          .append(" – senaste anteckning ").append(c.lastEntryOn()).append(" – ").append(c.reason()).append('\n');
    }
    return s.isEmpty() ? "Inga." : s.toString().stripTrailing();
  }
}
