package se.bofast.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The access log as CSV (RFC 4180, comma, CRLF, UTF-8 with a byte-order mark so that Excel reads
 * the Swedish letters): Swedish headings, one row per entry. A cell that a spreadsheet would read
 * as a formula is prefixed with an apostrophe.
 */
final class AccessLogCsv {

  static final String HEADER = "Tidpunkt,Användare,Åtgärd,Kanal,Skärm eller anrop,Klient-id,Ärende-id,Ärendenummer,"
      + "Uppgift";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");

  void add(AccessLog.Row row) {
    out.append(String.join(",",
        cell(row.occurredAt().atZoneSameInstant(AccessLogQueries.ZONE).format(TIME)),
        cell(row.userId()), cell(row.operation().label()), cell(row.channel().label()), cell(row.endpoint()),
        cell(row.clientId()), cell(row.caseId()), cell(row.caseNumber()), cell(row.taskId()))).append("\r\n");
  }

  byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
