package se.bofast.retention;

import static se.bofast.retention.RetentionConstants.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.bofast.platform.retention.RecordSubject;

/**
 * "Gallra godkända klienter" (${removeApprovedRecords}, its own job): for every client the
 * enhetschef approved, every module removes its rows (client register last), the engine's history
 * of the client's ended process instances is deleted, and the removal log gets the counts. One
 * transaction for the run: a failure rolls it all back and the job is retried (an incident after
 * three tries), so a client is never half removed. The subject is the client with the case
 * numbers recorded when the run was made (the journal's guard on PostgreSQL knows only those).
 * A client who got a new entry, a new case or an open case since the list (the approval may come
 * weeks later) is held instead, with the reason.
 */
@Component("removeApprovedRecords")
class RemoveApprovedRecords implements JavaDelegate {

  static final String ENGINE_MODULE = "engine";
  static final String ENGINE_KIND = "processinstanser (historik)";

  private final RetentionRuns runs;
  private final ClientRecordsCatalog records;
  private final CaseRecordsCatalog cases;
  private final RetentionHolds holds;
  private final EngineInstances engine;

  RemoveApprovedRecords(RetentionRuns runs, ClientRecordsCatalog records, CaseRecordsCatalog cases,
      RetentionHolds holds, EngineInstances engine) {
    this.runs = runs;
    this.records = records;
    this.cases = cases;
    this.holds = holds;
    this.engine = engine;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long runId = ((Number) execution.getVariable(VAR_RUN_ID)).longValue();
    String approvedBy = runs.approvedBy(runId);
    LocalDate bound = runs.bound(runId);
    runs.openGuard(runId);
    int removedClients = 0;
    for (RetentionRuns.Candidate candidate : runs.candidates(runId)) {
      if (candidate.status() != RetentionRuns.Status.APPROVED) {
        continue;
      }
      Set<String> listed = Set.copyOf(candidate.caseNumbers());
      String caseWithoutClient = candidate.clientId() == null ? listed.iterator().next() : null;
      Optional<String> changed = caseWithoutClient != null ? holds.caseSinceTheList(caseWithoutClient, bound)
          : holds.sinceTheList(candidate.clientId(), listed, bound);
      if (changed.isPresent()) {
        runs.holdAtRemoval(candidate.id(), "Behålls: " + changed.get());
        continue;
      }
      Map<String, Map<String, Integer>> removed;
      Set<String> instances;
      if (caseWithoutClient != null) {
        instances = cases.processInstanceIds(caseWithoutClient);
        removed = new LinkedHashMap<>(cases.remove(caseWithoutClient));
      } else {
        RecordSubject subject = new RecordSubject(candidate.clientId(), listed);
        instances = records.processInstanceIds(subject);
        removed = new LinkedHashMap<>(records.remove(subject));
      }
      removed.put(ENGINE_MODULE, Map.of(ENGINE_KIND, engine.deleteHistory(candidate.clientId(), instances)));
      runs.logRemoval(candidate.id(), removed, approvedBy);
      removedClients++;
    }
    runs.done(runId);
    execution.setVariable("removedCount", removedClients);
  }
}
