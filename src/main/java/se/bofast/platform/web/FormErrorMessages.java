package se.bofast.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When the application refuses a submitted form, Camunda's REST layer puts a technical
 * prefix before the Swedish message ("Cannot instantiate process definition
 * client-journey:1:…: Ange ett alias…"), which Tasklist shows to the social worker as is.
 * For form submissions only (start forms, task forms, task completion) that answer 400,
 * this keeps the message and drops the prefix.
 */
@Configuration(proxyBeanMethods = false)
class FormErrorMessages {

  static final Pattern PREFIX = Pattern.compile(
      "^(?:Cannot instantiate process definition|Cannot submit task form|Cannot complete task) [^ ]+: (.+)$",
      Pattern.DOTALL);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> formErrorMessagesFilter(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(json));
    registration.setName("form-error-messages");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(20);
    return registration;
  }

  static String withoutPrefix(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = PREFIX.matcher(message);
    return m.matches() ? m.group(1) : message;
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
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      if (wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST && wrapper.getContentType() != null
          && wrapper.getContentType().contains("json")) {
        byte[] body = wrapper.getContentAsByteArray();
        try {
          if (json.readTree(body) instanceof ObjectNode error && error.hasNonNull("message")) {
            String message = withoutPrefix(error.get("message").asText());
            if (!message.equals(error.get("message").asText())) {
              error.put("message", message);
              wrapper.resetBuffer();
              wrapper.getOutputStream().write(json.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
            }
          }
        } catch (IOException notJson) {
          // leave the answer as it was
        }
      }
      wrapper.copyBodyToResponse();
    }
  }
}
