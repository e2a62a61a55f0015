package se.bofast.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link RequireGroups} before Spring MVC reads the request body. */
class RequireGroupsInterceptor implements HandlerInterceptor {

  private final ApiAccess access;

  RequireGroupsInterceptor(ApiAccess access) {
    this.access = access;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method) {
      RequireGroups required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequireGroups.class);
      if (required == null) {
        required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequireGroups.class);
      }
      if (required != null) {
        access.requireAnyGroup(required.value());
      }
    }
    return true;
  }
}
