package se.bofast.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts (or points at) PostgreSQL before Spring's extension loads the context. */
class PostgresExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestPostgres.useForSpring();
  }
}
