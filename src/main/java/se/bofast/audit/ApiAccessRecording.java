package se.bofast.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Records /api's reads and changes of personal data centrally, so that no module calls the log:
 * before a successful (2xx) answer's body is written (this advice), or, for an answer without a
 * body, after the handler returned (this interceptor's postHandle) — in both cases before anything
 * reaches the caller, so that when the log cannot be written the caller gets 503 instead of the
 * data ({@link AccessLogUnavailableException}). Refused and failed requests (4xx, 5xx) leave no
 * row. Which requests and subjects: {@link ApiAccessRules}.
 */
@RestControllerAdvice
class ApiAccessRecording implements ResponseBodyAdvice<Object>, HandlerInterceptor {

  private static final String RECORDED = ApiAccessRecording.class.getName() + ".recorded";

  private final AccessLog log;
  private final IdentityService identity;
  private final ObjectMapper json;

  ApiAccessRecording(AccessLog log, IdentityService identity, ObjectMapper json) {
    this.log = log;
    this.identity = identity;
    this.json = json;
  }

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (request instanceof ServletServerHttpRequest servletRequest
        && response instanceof ServletServerHttpResponse servletResponse) {
      record(servletRequest.getServletRequest(), servletResponse.getServletResponse().getStatus(), body);
    }
    return body;
  }

  @Override
  public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
      ModelAndView modelAndView) {
    record(request, response.getStatus(), null);
  }

  private void record(HttpServletRequest request, int status, Object body) {
    if (status < 200 || status > 299 || request.getAttribute(RECORDED) != null) {
      return;
    }
    String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    if (pattern == null || !pattern.startsWith("/api/")) {
      return;
    }
    request.setAttribute(RECORDED, Boolean.TRUE);
    @SuppressWarnings("unchecked")
    Map<String, String> vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    List<AccessEntry> entries = ApiAccessRules.entries(user(), request.getMethod(), pattern,
        vars == null ? Map.of() : vars, status, tree(body), request.getParameter("clientId"));
    log.record(entries);
  }

  private String user() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? "okänd" : authentication.getUserId();
  }

  private JsonNode tree(Object body) {
    if (body == null || body instanceof byte[] || body instanceof CharSequence) {
      return null;
    }
    return json.valueToTree(body);
  }
}
