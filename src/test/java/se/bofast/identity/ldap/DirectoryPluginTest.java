package se.bofast.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.identity.impl.ldap.LdapClient;
import org.junit.jupiter.api.Test;

class DirectoryPluginTest {

  /** JNDI waits for an answer without limit unless told: a hung directory would hang every login. */
  @Test
  void aDirectoryThatDoesNotAnswerFailsTheBindWithinTheReadTimeout() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        try (Socket connection = silent.accept()) {
          Thread.sleep(60_000);
        } catch (IOException | InterruptedException e) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      DirectoryPlugin plugin = new DirectoryPlugin();
      plugin.setServerUrl("ldap://127.0.0.1:" + silent.getLocalPort());
      assertThat(plugin.getContextProperties()).containsEntry("com.sun.jndi.ldap.connect.timeout", "5000")
          .containsEntry("com.sun.jndi.ldap.read.timeout", "10000");

      long start = System.nanoTime();
      assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
          () -> new LdapClient(plugin).openContext("uid=lotta.lind,ou=people,dc=kommun,dc=example", "x"))
          .isInstanceOf(IdentityProviderException.class));
      // JNDI waits for the first bind's answer up to the connect timeout (5 s), for later answers
      // up to the read timeout (10 s)
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(20));
      acceptor.interrupt();
    }
  }
}
