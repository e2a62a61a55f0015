package se.bofast.client;

import java.util.Set;

/**
 * Published in the transaction that sets or clears a marking: the client and the personnummer
 * it concerns (the client's own and the household member's, normalised), so that a module which
 * holds those people in its own records (an eviction case's tenants) brings its processes' display
 * names in line ({@link ClientNames}).
 */
public record ClientProtectionChanged(long clientId, Set<String> personalNumbers) {
}
