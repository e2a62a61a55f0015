package se.bofast.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.bofast.audit.AccessEntry.Channel;
import se.bofast.audit.AccessEntry.Operation;
import se.bofast.identity.EngineRestCaller;
import se.bofast.identity.WebappSessionAuthentication;

/**
 * Records reads of a task's or a process instance's variables and of a task's rendered form
 * through the engine's REST API (/engine-rest, HTTP Basic) and through the webapps' API
 * (Tasklist, Cockpit: /camunda/api/engine, the webapp session), with the client and case the
 * task's process is about ({@link EngineSubjects}). Only successful answers are recorded; the
 * answer is held back until the row is written, and a failed write answers 503 instead.
 * Inside the engine's authentication filter (order 10), so the REST caller is known.
 */
@Configuration(proxyBeanMethods = false)
class EngineAccessRecording {

  /** engine-rest or the webapps' engine API; task or process instance; the reads that carry variables or a form. */
  static final Pattern READS = Pattern.compile("^/(engine-rest|camunda/api/engine/engine/[^/]+)"
      + "/(task|process-instance)/([^/]+)/(form-variables|variables|localVariables|rendered-form)(/[^/]+)?$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineAccessRecordingFilter(EngineSubjects subjects, AccessLog log,
      ProcessEngine engine, ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(subjects, log, engine, json));
    registration.setName("engine-access-recording");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(11);
    return registration;
  }

  /** The endpoint as recorded: the path with the ids as placeholders. */
  static String endpoint(String method, Matcher m) {
    String root = m.group(1).startsWith("engine-rest") ? "/engine-rest" : "/camunda/api/engine/engine/{engine}";
    String id = m.group(2).equals("task") ? "{taskId}" : "{processInstanceId}";
    return method + " " + root + "/" + m.group(2) + "/" + id + "/" + m.group(4) + (m.group(5) == null ? "" : "/{name}");
  }

  static final class Filter extends OncePerRequestFilter {

    private final EngineSubjects subjects;
    private final AccessLog log;
    private final ProcessEngine engine;
    private final String unavailable;

    Filter(EngineSubjects subjects, AccessLog log, ProcessEngine engine, ObjectMapper json) {
      this.subjects = subjects;
      this.log = log;
      this.engine = engine;
      this.unavailable = AuditWebConfiguration.problemJson(json);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"GET".equals(request.getMethod()) || !READS.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
      // the REST caller as authenticated before the engine runs: code inside the request may run as
      // the application and leave the engine's current authentication changed afterwards
      String restCaller = EngineRestCaller.of(request);
      chain.doFilter(request, held);
      if (held.getStatus() >= 200 && held.getStatus() <= 299) {
        try {
          record(request, restCaller);
        } catch (AccessLogUnavailableException e) {
          held.resetBuffer();
          held.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
          held.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
          held.setCharacterEncoding(StandardCharsets.UTF_8.name());
          held.getWriter().write(unavailable);
          held.getWriter().flush();
        }
      }
      held.copyBodyToResponse();
    }

    private void record(HttpServletRequest request, String restCaller) {
      Matcher m = READS.matcher(path(request));
      if (!m.matches()) {
        return;
      }
      boolean rest = m.group(1).startsWith("engine-rest");
      String user = rest ? restCaller : WebappSessionAuthentication.sessionUser(request.getSession(false), engine);
      if (user == null) {
        return;
      }
      boolean task = m.group(2).equals("task");
      EngineSubjects.Subject subject = task ? subjects.ofTask(m.group(3)) : subjects.ofProcessInstance(m.group(3));
      if (subject == null) {
        return;
      }
      log.record(List.of(new AccessEntry(user, Operation.READ, rest ? Channel.ENGINE_REST : Channel.TASKLIST,
          endpoint(request.getMethod(), m), subject.clientId(), subject.caseId(), subject.caseNumber(),
          task ? m.group(3) : null)));
    }


    private static String path(HttpServletRequest request) {
      return request.getRequestURI().substring(request.getContextPath().length());
    }
  }
}
