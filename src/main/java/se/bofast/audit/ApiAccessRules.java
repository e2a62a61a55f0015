package se.bofast.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.bofast.audit.AccessEntry.Channel;
import se.bofast.audit.AccessEntry.Operation;

/**
 * Which /api requests read or change a client's or an eviction case's personal data, and about
 * whom — decided from the mapping pattern and its path variables, so that a module's new endpoint
 * is recorded without code when it follows the rule:
 * <ul>
 *   <li>under {@value #CLIENTS} the path variable {@code id} or {@code clientId} is the client;</li>
 *   <li>under {@value #CASES} {@code caseId} (or {@code id}) is the eviction case, {@code caseNumber}
 *       its number;</li>
 *   <li>under {@value #JOURNEYS} {@code caseNumber} is the journey's case number;</li>
 * </ul>
 * the answer's top-level {@code clientId}, {@code caseId} and {@code caseNumber} complete the
 * subject (a journey's client, a case's number). Endpoints that create a subject or list
 * several name them in the answer: {@link #CREATES} and {@link #LISTS} (a list records one row
 * per subject it returned, none when empty). The access log's own reads are recorded too, with
 * the client asked about when the query names one.
 */
final class ApiAccessRules {

  static final String CLIENTS = "/api/clients/";
  static final String CASES = "/api/eviction-cases/";
  static final String JOURNEYS = "/api/journeys/";
  static final String ACCESS_LOG = "/api/access-log";

  enum Kind { CLIENT, CASE }

  /** Endpoints that create (or join) a subject named in the answer. */
  static final Map<String, Kind> CREATES = Map.of(
      "POST /api/clients", Kind.CLIENT,
      "POST /api/eviction-signals", Kind.CASE);

  /** List endpoints: one row per element of the answer. GET /api/me/clients: the client page's list. */
  static final Map<String, Kind> LISTS = Map.of(
      "GET /api/eviction-cases", Kind.CASE,
      "GET /api/me/clients", Kind.CLIENT);

  private ApiAccessRules() {
  }

  /**
   * The rows a successful (2xx) answer leaves; empty when the request touched no subject.
   *
   * @param body the answer as JSON, or null (no body, or not JSON)
   * @param clientParam the request's {@code clientId} parameter (for the access log's own reads)
   */
  static List<AccessEntry> entries(String user, String method, String pattern, Map<String, String> vars,
      int status, JsonNode body, String clientParam) {
    List<AccessEntry> entries = new ArrayList<>();
    if (pattern == null || !pattern.startsWith("/api/")) {
      return entries;
    }
    String endpoint = method + " " + pattern;
    Operation operation = "GET".equals(method) || "HEAD".equals(method) ? Operation.READ
        : status == 201 ? Operation.CREATE : Operation.CHANGE;
    if (pattern.startsWith(ACCESS_LOG)) {
      if (operation == Operation.READ) {
        entries.add(new AccessEntry(user, operation, Channel.API, endpoint, number(clientParam), null, null, null));
      }
      return entries;
    }
    Kind listed = LISTS.get(endpoint);
    if (listed != null) {
      if (body != null && body.isArray()) {
        body.forEach(element -> add(entries, subject(user, operation, endpoint, listed, element)));
      }
      return entries;
    }
    Kind created = CREATES.get(endpoint);
    if (created != null) {
      add(entries, subject(user, operation, endpoint, created, body));
      return entries;
    }
    Long clientId = null;
    Long caseId = null;
    String caseNumber = null;
    if (pattern.startsWith(CLIENTS)) {
      clientId = number(vars.getOrDefault("id", vars.get("clientId")));
    } else if (pattern.startsWith(CASES)) {
      caseId = number(vars.getOrDefault("caseId", vars.get("id")));
      caseNumber = vars.get("caseNumber");
    } else if (pattern.startsWith(JOURNEYS)) {
      caseNumber = vars.get("caseNumber");
    } else {
      return entries;
    }
    if (clientId == null && caseId == null && caseNumber == null) {
      return entries;
    }
    if (body != null && body.isObject()) {
      clientId = clientId != null ? clientId : number(body.get("clientId"));
      caseId = caseId != null ? caseId : number(body.get("caseId"));
      caseNumber = caseNumber != null ? caseNumber : text(body.get("caseNumber"));
    }
    entries.add(new AccessEntry(user, operation, Channel.API, endpoint, clientId, caseId, caseNumber, null));
    return entries;
  }

  private static AccessEntry subject(String user, Operation operation, String endpoint, Kind kind, JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    if (kind == Kind.CLIENT) {
      Long id = number(node.has("clientId") ? node.get("clientId") : node.get("id"));
      return new AccessEntry(user, operation, Channel.API, endpoint, id, null, null, null);
    }
    Long id = number(node.has("caseId") ? node.get("caseId") : node.get("id"));
    return new AccessEntry(user, operation, Channel.API, endpoint, null, id, text(node.get("caseNumber")), null);
  }

  private static void add(List<AccessEntry> entries, AccessEntry entry) {
    if (entry != null && entry.hasSubject()) {
      entries.add(entry);
    }
  }

  static Long number(JsonNode node) {
    return node != null && node.canConvertToLong() && node.isIntegralNumber() ? node.longValue() : null;
  }

  static Long number(String text) {
    if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.valueOf(text);
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }
}
