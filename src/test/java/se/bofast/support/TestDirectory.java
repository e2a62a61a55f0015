package se.bofast.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * A city's directory for {@link LdapAppTest}: an UnboundID in-memory LDAP server holding
 * ldap/kommun.ldif on a free port of the loopback address, searchable only after a bind (as the
 * application's search account {@link #SEARCH_ACCOUNT}). Started before the application context
 * is refreshed (its port becomes {@code bofast.test.ldap-port}) and shut down when it closes.
 */
public class TestDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String BASE_DN = "dc=kommun,dc=example";
  public static final String SEARCH_ACCOUNT = "cn=bofast-sok," + BASE_DN;
  public static final String SEARCH_PASSWORD = "Sok-Kontot-2026";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    InMemoryDirectoryServer directory = start();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-directory",
        Map.of("bofast.test.ldap-port", directory.getListenPort())));
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
        directory.shutDown(true);
      }
    });
  }

  private static InMemoryDirectoryServer start() {
    try {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
      config.addAdditionalBindCredentials(SEARCH_ACCOUNT, SEARCH_PASSWORD);
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0,
          null));
      // as in a city's directory: nobody reads it without binding first
      config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
      InMemoryDirectoryServer directory = new InMemoryDirectoryServer(config);
      try (LDIFReader ldif = new LDIFReader(TestDirectory.class.getResourceAsStream("/ldap/kommun.ldif"))) {
        directory.importFromLDIF(true, ldif);
      }
      directory.startListening();
      return directory;
    } catch (LDAPException | IOException e) {
      throw new IllegalStateException("the test directory did not start", e);
    }
  }
}
