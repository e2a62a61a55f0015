/**
 * Engine security. Its one public type, {@code QueryExpressions}, is the interface: the only
 * expressions a stored Tasklist filter may carry, used by identity to seed the shared filters.
 * The guards themselves are package-private.
 */
@NamedInterface("security")
package se.bofast.platform.security;

import org.springframework.modulith.NamedInterface;
