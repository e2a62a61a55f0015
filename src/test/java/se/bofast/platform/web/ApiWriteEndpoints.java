package se.bofast.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of /api (POST, PUT, PATCH, DELETE, or a mapping open to every
 * method), read from Spring MVC's own handler mapping, so that a new endpoint is fuzzed
 * (or the fuzz test fails until it has a seed) without anyone remembering to add it.
 */
record ApiWriteEndpoints(List<Endpoint> all) {

  static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
      RequestMethod.DELETE);

  /** One endpoint: "POST /api/clients/{id}/facts", whether it reads a JSON body, who may call it. */
  record Endpoint(RequestMethod method, String pattern, boolean hasBody, List<String> groups) {

    String key() {
      return method + " " + pattern;
    }
  }

  static ApiWriteEndpoints of(RequestMappingHandlerMapping mapping) {
    List<Endpoint> endpoints = new ArrayList<>();
    mapping.getHandlerMethods().forEach((info, handler) -> {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        for (RequestMethod method : methods.isEmpty() ? WRITES : methods) {
          if (WRITES.contains(method)) {
            endpoints.add(new Endpoint(method, pattern, hasBody(handler), groups(handler)));
          }
        }
      }
    });
    endpoints.sort(Comparator.comparing(Endpoint::key));
    return new ApiWriteEndpoints(List.copyOf(endpoints));
  }

  private static boolean hasBody(HandlerMethod handler) {
    return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
  }

  private static List<String> groups(HandlerMethod handler) {
    RequireGroups required = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequireGroups.class);
    if (required == null) {
      required = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequireGroups.class);
    }
    return required == null ? List.of() : List.of(required.value());
  }
}
