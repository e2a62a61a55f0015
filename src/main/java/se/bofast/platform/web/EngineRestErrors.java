package se.bofast.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bofast.platform.PasswordRules;

/**
 * The errors of the engine's REST API (/engine-rest) and of the webapps' APIs
 * (/camunda/api/engine, cockpit, tasklist, admin, welcome), in Camunda's shape
 * {@code {type, message, code}}:
 * <ul>
 * <li>the application's {@link InvalidInputException}, wherever the engine wrapped it: 400 with
 * its Swedish message;</li>
 * <li>a value the database refused as data (too long for its column, out of range): 400; a
 * unique key already taken: 409;</li>
 * <li>a password that the engine's password policy refuses: 400 with the policy in Swedish
 * (the engine throws a bare ProcessEngineException, which Camunda answers with 500);</li>
 * <li>every other client error (4xx: authorization, bad user request, not found, ...): the
 * status, type and message that Camunda gives it;</li>
 * <li>everything else (5xx): a generic Swedish message with a reference; the exception is
 * logged at ERROR under that reference by {@link ServerErrors}, without its message. Camunda's
 * own handler would put the message in the answer, and a database error's message carries
 * the SQL statement, the columns and the bound values.</li>
 * </ul>
 * The mappers take priority over Camunda's for the same exception types (JAX-RS picks the
 * mapper of the nearest type, then the highest priority); Camunda's handler, which also
 * logs the message, then never runs.
 */
public final class EngineRestErrors {

  static final int PRIORITY = 1;
  static final String SERVER_ERROR_TYPE = "ServerError";
  static final String INVALID_REQUEST_TYPE = "InvalidRequestException";
  static final String NOT_FOUND_TYPE = "NotFoundException";
  static final String INVALID_JSON = "Uppgifterna är inte giltig JSON eller har fel form.";
  static final String VALUE_REFUSED_BY_DATABASE =
      "Ett värde är för långt eller ligger utanför det tillåtna intervallet. Inget har sparats.";
  static final String CONFLICT_IN_DATABASE =
      "Uppgifterna strider mot något som redan finns i registret (till exempel samma id). Inget har sparats.";

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);
  private static final ExceptionHandlerHelper CAMUNDA = ExceptionHandlerHelper.getInstance();

  /** Every mapper, registered with each JAX-RS application. */
  static final List<Class<?>> MAPPERS = List.of(AnyError.class, EngineError.class, RestError.class,
      JsonMappingError.class, JsonParseError.class);

  private EngineRestErrors() {
  }

  static Response toResponse(Throwable error, HttpServletRequest request) {
    InvalidInputException invalid = first(error, InvalidInputException.class);
    if (invalid != null) {
      return answer(400, INVALID_REQUEST_TYPE, invalid.getMessage(), null);
    }
    NotFoundException notFound = first(error, NotFoundException.class);
    if (notFound != null) {
      return answer(404, NOT_FOUND_TYPE, notFound.getMessage(), null);
    }
    if (passwordRefused(error)) {
      return answer(400, INVALID_REQUEST_TYPE, PasswordRules.swedish(), null);
    }
    String sqlClass = sqlStateClass(error);
    if ("22".equals(sqlClass) || "23".equals(sqlClass)) {
      LOG.warn("{} refused by the database: {}", where(request), ServerErrors.classes(error));
      return "22".equals(sqlClass)
          ? answer(400, INVALID_REQUEST_TYPE, VALUE_REFUSED_BY_DATABASE, null)
          : answer(409, INVALID_REQUEST_TYPE, CONFLICT_IN_DATABASE, null);
    }
    int status = status(error);
    if (status < 500) {
      LOG.debug("{} answered {} ({})", where(request), status, error.getClass().getName());
      return Response.status(status).entity(CAMUNDA.fromException(error)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    String reference = ServerErrors.log(LOG, where(request), error);
    return answer(status, SERVER_ERROR_TYPE, ServerErrors.message(reference), CAMUNDA.fromException(error).getCode());
  }

  private static int status(Throwable error) {
    if (error instanceof WebApplicationException web) {
      return web.getResponse().getStatus();
    }
    return CAMUNDA.getStatus(error).getStatusCode();
  }

  private static Response answer(int status, String type, String message, Integer code) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    body.setCode(code);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The first exception of the type in the chain of causes, or null. */
  private static <T extends Throwable> T first(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /**
   * The class of the SQL state of the first database error in the chain: "22" (data exception:
   * a value too long for its column, out of range, an invalid date) is the caller's input, so
   * 400; "23" (integrity: a unique key taken, e.g. a user id that exists) is 409. The log
   * names classes and SQL state only.
   */
  private static String sqlStateClass(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
        return sql.getSQLState().substring(0, 2);
      }
    }
    return null;
  }

  private static boolean passwordRefused(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass() == ProcessEngineException.class && PasswordRules.ENGINE_REFUSAL.equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /** Method and path, without the query string (it can carry names and other search terms). */
  private static String where(HttpServletRequest request) {
    try {
      return request == null ? "the REST API" : request.getMethod() + " " + request.getRequestURI();
    } catch (IllegalStateException outsideRequest) {
      return "the REST API";
    }
  }

  /** Any exception (Camunda's ExceptionHandler maps Throwable). */
  @Provider
  @Priority(PRIORITY)
  public static class AnyError implements ExceptionMapper<Throwable> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable error) {
      return EngineRestErrors.toResponse(error, request);
    }
  }

  /** The engine's exceptions (Camunda's ProcessEngineExceptionHandler). */
  @Provider
  @Priority(PRIORITY)
  public static class EngineError implements ExceptionMapper<ProcessEngineException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(ProcessEngineException error) {
      return EngineRestErrors.toResponse(error, request);
    }
  }

  /** The REST layer's exceptions with a status (Camunda's RestExceptionHandler). */
  @Provider
  @Priority(PRIORITY)
  public static class RestError implements ExceptionMapper<RestException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(RestException error) {
      return EngineRestErrors.toResponse(error, request);
    }
  }

  /** JSON that does not fit the expected shape: 400, without Jackson's message (it names classes). */
  @Provider
  @Priority(PRIORITY)
  public static class JsonMappingError implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException error) {
      return answer(400, INVALID_REQUEST_TYPE, INVALID_JSON, null);
    }
  }

  /** Malformed JSON: 400. */
  @Provider
  @Priority(PRIORITY)
  public static class JsonParseError implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException error) {
      return answer(400, INVALID_REQUEST_TYPE, INVALID_JSON, null);
    }
  }
}
