package se.bofast.audit;

/**
 * One read or change to record: who, which operation, through which channel and endpoint (the
 * mapping pattern, e.g. "GET /api/clients/{id}/journal"), and the subject — a client, an
 * eviction case (id and/or case number) or a journey's case number; the task when it was read
 * through one. Ids only.
 */
public record AccessEntry(String userId, Operation operation, Channel channel, String endpoint, Long clientId,
    Long caseId, String caseNumber, String taskId) {

  /** What was done with the personal data. */
  public enum Operation {
    READ("Läsning"), CREATE("Registrering"), CHANGE("Ändring");

    private final String label;

    Operation(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Where it was done. */
  public enum Channel {
    API("Bofasts sidor och /api"), TASKLIST("Tasklist"), ENGINE_REST("/engine-rest");

    private final String label;

    Channel(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Whether the entry names a subject at all (a client, a case or a case number). */
  boolean hasSubject() {
    return clientId != null || caseId != null || caseNumber != null;
  }
}
