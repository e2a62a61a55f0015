package se.bofast.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.bofast.identity.Groups;
import se.bofast.platform.web.DateRules;
import se.bofast.platform.web.InvalidInputException;
import se.bofast.platform.web.RequireGroups;

/**
 * The access log for the enhetschef: per client, per user and per period, a page at a time as
 * JSON or every matching row as CSV. Each of these reads is itself recorded (ApiAccessRules).
 */
@RestController
@RequireGroups(Groups.ENHETSCHEF)
class AccessLogController {

  static final String API = "/api/access-log";
  static final int MAX_PAGE_SIZE = 500;
  private static final java.util.regex.Pattern USER_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private final AccessLogQueries queries;

  AccessLogController(AccessLogQueries queries) {
    this.queries = queries;
  }

  @GetMapping(value = API, produces = MediaType.APPLICATION_JSON_VALUE)
  AccessLogQueries.Page page(@RequestParam(required = false) String clientId,
      @RequestParam(required = false) String userId, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    int pageNumber = whole(page, "page", 0, 0, 1_000_000);
    int pageSize = whole(size, "size", 50, 1, MAX_PAGE_SIZE);
    return queries.page(criteria(clientId, userId, from, to), pageNumber, pageSize);
  }

  @GetMapping(API + ".csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String clientId,
      @RequestParam(required = false) String userId, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    AccessLogQueries.Criteria criteria = criteria(clientId, userId, from, to);
    AccessLogCsv csv = new AccessLogCsv();
    queries.each(criteria, csv::add);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("atkomstlogg.csv").build()
            .toString())
        .body(csv.bytes());
  }

  static AccessLogQueries.Criteria criteria(String clientId, String userId, String from, String to) {
    Long client = null;
    if (clientId != null && !clientId.isBlank()) {
      client = ApiAccessRules.number(clientId.strip());
      if (client == null) {
        throw new InvalidInputException("clientId", "Klientens id ska vara ett heltal.");
      }
    }
    String user = userId == null || userId.isBlank() ? null : userId.strip();
    if (user != null && !USER_ID.matcher(user).matches()) {
      throw new InvalidInputException("userId",
          "Användarens id ska vara högst 64 tecken: bokstäver a–z, siffror, punkt, bindestreck, understreck eller @.");
    }
    LocalDate first = date(from, "from", "första");
    LocalDate last = date(to, "to", "sista");
    if (first != null && last != null && last.isBefore(first)) {
      throw new InvalidInputException("to", "Periodens sista dag kan inte vara före den första (" + first + ").");
    }
    return new AccessLogQueries.Criteria(client, user, first, last);
  }

  private static LocalDate date(String value, String field, String which) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      DateRules.check(field, date, LocalDate.now(AccessLogQueries.ZONE), DateRules.DEFAULT_YEARS_AHEAD);
      return date;
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "Periodens " + which + " dag ska vara ett datum ÅÅÅÅ-MM-DD.");
    }
  }

  private static int whole(String value, String field, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    Long number = ApiAccessRules.number(value.strip());
    if (number == null || number < min || number > max) {
      throw new InvalidInputException(field, "Ange ett heltal från " + min + " till " + max + ".");
    }
    return number.intValue();
  }
}
