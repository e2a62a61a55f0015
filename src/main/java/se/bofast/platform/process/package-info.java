/**
 * What delegates, form listeners and process starts use: {@code FormValues}, {@code CurrentUser},
 * {@code SystemAccess}, {@code DueDates}, {@code ProcessIds} and the history level's personal-data
 * declaration. The engine plugin and its filters are package-private.
 */
@NamedInterface("process")
package se.bofast.platform.process;

import org.springframework.modulith.NamedInterface;
