package se.bofast.platform.query;

import org.camunda.bpm.engine.impl.db.AuthorizationCheck;

/**
 * Called from {@code authorized-queries.xml} (MyBatis OGNL, hence public): the authorization
 * check a rewritten statement hands to the engine's own SQL fragments.
 */
public final class AuthorizedQueryChecks {

  private AuthorizedQueryChecks() {
  }

  /**
   * Whether the task query's authorization can be checked with hashed IN subqueries: the engine
   * would join its authorization rows (no revoke authorizations in force, only atomic checks).
   */
  public static boolean hashable(AuthorizationCheck check) {
    return check != null && check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
        && !check.isRevokeAuthorizationCheckEnabled()
        && (check.getPermissionChecks().getCompositeChecks() == null
            || check.getPermissionChecks().getCompositeChecks().isEmpty())
        && !check.getPermissionChecks().getAtomicChecks().isEmpty();
  }

  /** For the engine's task fragment when the rewrite checks authorizations itself: no check of its own. */
  public static AuthorizationCheck forTaskFragment(AuthorizationCheck check) {
    return hashable(check) ? new AuthorizationCheck() : check;
  }

  /**
   * For the engine's variable fragment: the same check in the engine's revoke-aware form, which
   * tests each variable by index lookups instead of joining every authorization row of the
   * user's groups. It is the form the engine uses itself whenever a revoke authorization exists
   * and gives the same answer when none does.
   */
  public static AuthorizationCheck withRevokeForm(AuthorizationCheck check) {
    if (check == null || !check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null
        || check.isRevokeAuthorizationCheckEnabled()) {
      return check;
    }
    AuthorizationCheck copy = new AuthorizationCheck(check.getAuthUserId(), check.getAuthGroupIds(),
        check.getPermissionChecks(), true);
    copy.setAuthorizationCheckEnabled(check.isAuthorizationCheckEnabled());
    copy.setAuthDefaultPerm(check.getAuthDefaultPerm());
    copy.setHistoricInstancePermissionsEnabled(check.isHistoricInstancePermissionsEnabled());
    copy.setUseLeftJoin(check.isUseLeftJoin());
    return copy;
  }
}
