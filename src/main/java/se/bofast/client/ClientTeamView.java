package se.bofast.client;

import java.time.Instant;
import java.util.List;

/**
 * A client's team: who holds each role now ({@code current}, one per role at most) and who held
 * which role from when to when ({@code history}, oldest first, current holdings included).
 * User ids only: names are the identity service's.
 */
public record ClientTeamView(long clientId, List<Holding> current, List<Holding> history) {

  /** A role held by a user; {@code heldUntil} is null while it is held. */
  public record Holding(TeamRole role, String userId, Instant heldFrom, Instant heldUntil,
      String assignedBy) {
  }
}
