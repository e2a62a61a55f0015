package se.bofast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.bofast.support.AppTest;
import se.bofast.support.TestHttp;

/** The figures' definitions behind the dashboard's login, each heading with its stable anchor. */
@AppTest
class DefinitionsPageTest {

  @LocalServerPort
  int port;

  @Test
  void theEnhetschefReadsTheDefinitionsWithAnAnchorPerHeading() {
    TestHttp.Session eva = new TestHttp(port).webappSession("cockpit", "eva", "demo");
    TestHttp.Response page = eva.get("/dashboard/definitioner");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    // the anchors the dashboard links to (the slug rule: DefinitionsPage's comment)
    assertThat(page.body())
        .contains("<h2 id=\"flöden-per-steg\">Flöden per steg</h2>")
        .contains("<h3 id=\"flödesmatris--in-kvar-och-vidare-till-nästa-steg\">")
        .contains("<h3 id=\"vistelsetid--median-och-90e-percentil\">")
        .contains("<h3 id=\"kostnad-per-steg\">")
        .contains("<h3 id=\"förändring-från-föregående-tertial\">")
        .contains("<h2 id=\"glapp-per-klient-och-per-stegövergång\">")
        .contains("<h3 id=\"chaingapdays--glapp-i-kedjan\">chainGapDays — glapp i kedjan</h3>")
        .contains("<h2 id=\"avrundning-och-format\">")
        .contains("<a href=\"/dashboard/\">Tillbaka till översikten</a>");
  }

  @Test
  void othersAreRefused() {
    TestHttp http = new TestHttp(port);
    TestHttp.Response none = http.get("/dashboard/definitioner", null, null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body()).contains("Du är inte inloggad.").doesNotContain("Flöden per steg");
    TestHttp.Response lotta = http.webappSession("tasklist", "lotta", "demo").get("/dashboard/definitioner");
    assertThat(lotta.status()).isEqualTo(403);
    assertThat(lotta.body()).contains("till för enhetschefer").doesNotContain("Flöden per steg");
  }

  @Test
  void rawHtmlInTheFileIsShownAsTextNeverPassedOn() {
    assertThat(DefinitionsPage.render("## A <script>x()</script>\n\n<img src=x onerror=y()>"))
        .doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
  }
}
