package se.bofast.platform.process.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import se.bofast.platform.web.FormSubmissionEndpoints;

/**
 * The engine's REST layer turns a form submission's typed values into the engine's values
 * before the engine (and {@link FormSubmissionGuard}) sees them: it fails with a 500 on some
 * malformed ones ({@code "type": ""}, a File without valueInfo) and answers malformed JSON
 * with a plain-text 400 naming its DTO classes. For form submissions (submit-form, complete,
 * resolve, start) this checks the body's shape and each variable's declared type first: JSON,
 * an object of {value, type} per field, only the plain types a form field can carry; anything
 * else is a 400 in the engine's error shape with a Swedish message. The body is passed on
 * unchanged.
 */
@Configuration(proxyBeanMethods = false)
class SubmittedValueTypes {

  static final Set<String> PLAIN = Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null");
  static final Set<String> OBJECTS = Set.of("object", "json", "xml", "bytes", "file");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> submittedValueTypesFilter(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(json));
    registration.setName("submitted-value-types");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(30);
    return registration;
  }

  /** The refusal of a form submission's body, or null when its shape and declared types are plain. */
  static String refusal(JsonNode body) {
    if (body == null || body.isMissingNode()) {
      return null; // no body: the engine checks the form's required fields
    }
    if (!body.isObject()) {
      return "Begäran ska vara ett JSON-objekt.";
    }
    JsonNode variables = body.get("variables");
    if (variables == null || variables.isNull()) {
      return null;
    }
    if (!variables.isObject()) {
      return "\"variables\" ska vara ett objekt med ett värde per fält.";
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey().length() > Submission.NAME_MAX
          ? variable.getKey().substring(0, Submission.NAME_MAX) + "…" : variable.getKey();
      if (!variable.getValue().isObject()) {
        return "\"" + name + "\" ska skickas som {\"value\": ...}.";
      }
      JsonNode type = variable.getValue().get("type");
      if (type == null || type.isNull()) {
        continue;
      }
      String declared = type.asText().toLowerCase(java.util.Locale.ROOT);
      if (OBJECTS.contains(declared)) {
        return "\"" + name + "\" får inte vara ett objekt eller en fil; skicka ett enkelt värde.";
      }
      if (!PLAIN.contains(declared)) {
        return "\"" + name + "\" har en okänd värdetyp.";
      }
      JsonNode value = variable.getValue().get("value");
      if ("string".equals(declared) && value != null && !value.isNull() && !value.isTextual()) {
        return "\"" + name + "\" ska vara en text."; // the engine would turn a number into one
      }
    }
    return null;
  }

  static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper json;

    Filter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !FormSubmissionEndpoints.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = request.getInputStream().readAllBytes();
      String refusal;
      try {
        refusal = body.length == 0 ? null : refusal(json.readTree(body));
      } catch (IOException notJson) {
        refusal = "Begäran är inte giltig JSON.";
      }
      if (refusal != null) {
        ObjectNode error = json.createObjectNode().put("type", "InvalidRequestException").put("message", refusal);
        error.putNull("code");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(error));
        return;
      }
      chain.doFilter(new CachedBody(request, body), response);
    }
  }

  /** The request with its body read once and handed on as it came. */
  static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(),
          encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }
  }
}
