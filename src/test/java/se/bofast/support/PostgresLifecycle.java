package se.bofast.support;

import java.io.IOException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Orders shutdown: every DataSource depends on the lease, so Spring closes the pool, the
 * engine and JPA first and only then releases the embedded server. (Two JVM shutdown
 * hooks, Spring's and the server's, would race and leave the pool waiting for a dead server.)
 */
@TestConfiguration(proxyBeanMethods = false)
class PostgresLifecycle {

  static final String LEASE = "embeddedPostgresLease";

  @Bean(LEASE)
  Lease embeddedPostgresLease() {
    return new Lease();
  }

  @Bean
  static BeanFactoryPostProcessor dataSourcesDependOnPostgresLease() {
    return beanFactory -> {
      for (String name : beanFactory.getBeanNamesForType(javax.sql.DataSource.class, true, false)) {
        var definition = beanFactory.getBeanDefinition(name);
        String[] before = definition.getDependsOn();
        String[] after = before == null ? new String[1] : java.util.Arrays.copyOf(before, before.length + 1);
        after[after.length - 1] = LEASE;
        definition.setDependsOn(after);
      }
    };
  }

  static final class Lease implements DisposableBean {

    Lease() {
      TestPostgres.lease();
    }

    @Override
    public void destroy() throws IOException {
      TestPostgres.release();
    }
  }
}
