package se.bofast.client;

import java.time.Instant;
import java.util.List;

/**
 * A client's protected identity as the team and the enhetschef read it: whether the client's file
 * is protected now, the current markings and every marking ever set, with who set and cleared it
 * and when (oldest first).
 */
public record ProtectionView(long clientId, boolean protectedIdentity, List<Marking> current, List<Marking> history) {

  static final String CLIENT = "CLIENT";
  static final String MEMBER = "HOUSEHOLD_MEMBER";

  /** One marking: of the client ({@code CLIENT}) or of a household member ({@code HOUSEHOLD_MEMBER}, by personnummer). */
  public record Marking(String person, String memberPersonalNumber, ProtectionMarking marking, String label,
      Instant setAt, String setBy, Instant clearedAt, String clearedBy) {
  }
}
