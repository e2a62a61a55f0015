package se.bofast.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** An unexpected error is answered with a reference and logged without the values its message carries. */
@ExtendWith(OutputCaptureExtension.class)
class ServerErrorsTest {

  private static final String PERSONNUMMER = "191212121212";

  private static RuntimeException uniqueKeyViolation() {
    SQLException sql = new SQLException("ERROR: duplicate key value violates unique constraint \"uk_open_case\"\n"
        + "  Detail: Key (open_tenant_key)=(" + PERSONNUMMER + ") already exists.", "23505", 0);
    return new DataIntegrityViolationException("could not execute statement [insert into eviction_case "
        + "(tenant_personnummer) values ('" + PERSONNUMMER + "')]", sql);
  }

  @Test
  void theLogHasTheReferenceClassesAndSqlStateButNoMessage(CapturedOutput output) {
    String reference = ServerErrors.log(LoggerFactory.getLogger(ServerErrorsTest.class), "POST /api/x",
        uniqueKeyViolation());

    assertThat(reference).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(output).contains("ERROR").contains("Unexpected error " + reference + " in POST /api/x")
        .contains("org.springframework.dao.DataIntegrityViolationException <- java.sql.SQLException [SQLState 23505")
        .contains("at se.bofast.platform.web.ServerErrorsTest.uniqueKeyViolation");
    assertThat(output.getAll()).doesNotContain(PERSONNUMMER).doesNotContain("insert into").doesNotContain("open_tenant_key");
  }

  @Test
  void eachErrorGetsItsOwnReference() {
    assertThat(ServerErrors.newReference()).isNotEqualTo(ServerErrors.newReference());
  }

  @Test
  void theApisUnexpectedErrorAnswersAReferenceAndNoValue(CapturedOutput output) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/eviction-signals");

    ResponseEntity<Object> answer = new ApiExceptionHandler().unexpected(uniqueKeyViolation(), request);

    assertThat(answer.getStatusCode().value()).isEqualTo(500);
    String detail = ((ProblemDetail) answer.getBody()).getDetail();
    assertThat(detail).startsWith("Ett oväntat fel inträffade. Inget har sparats. Ange referens ")
        .doesNotContain(PERSONNUMMER).doesNotContain("insert");
    String reference = detail.replaceAll(".*referens ([A-Z2-9]{4}-[A-Z2-9]{4}).*", "$1");
    assertThat(output).contains("Unexpected error " + reference + " in POST /api/eviction-signals");
    assertThat(output.getAll()).doesNotContain(PERSONNUMMER);
  }
}
