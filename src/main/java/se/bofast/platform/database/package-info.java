/**
 * What the modules' database migrations share: {@code PostgresMigration}, a Flyway Java migration
 * that runs its statements on PostgreSQL only (the guards of the journal and the access log), since
 * the one migration location serves H2 and PostgreSQL alike.
 */
@NamedInterface("database")
package se.bofast.platform.database;

import org.springframework.modulith.NamedInterface;
