package se.bofast.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * GET /dashboard/definitioner: docs/kpi-definitions.md (copied onto the classpath by the build) as
 * a page, behind the dashboard's login (the enhetschef), so that each figure on the dashboard can
 * link to its definition.
 *
 * <p>Anchors: every heading gets an id, its <b>slug</b> by commonmark-java's heading-anchor
 * extension: the heading's text (code spans included, without their backticks) in lower case,
 * each space replaced by "-", and every character that is not a letter, a digit, "_" or "-"
 * (Unicode letters such as å, ä, ö are kept) removed; a slug that occurs again gets "-1", "-2", …
 * Example: "### chainGapDays — glapp i kedjan" → {@code chaingapdays--glapp-i-kedjan}. The
 * dashboard links as {@code /dashboard/definitioner#<slug>}; renaming a heading changes its anchor.
 */
@RestController
class DefinitionsPage {

  static final String PATH = "/dashboard/definitioner";
  static final String SOURCE = "docs/kpi-definitions.md";

  private static final List<Extension> EXTENSIONS = List.of(HeadingAnchorExtension.create());

  private final DashboardSession login;
  private final String body;

  DefinitionsPage(DashboardSession login) {
    this.login = login;
    this.body = render(read());
  }

  @GetMapping(PATH)
  ResponseEntity<String> page(HttpServletRequest request) {
    try {
      login.enhetschef(request.getSession(false));
    } catch (ResponseStatusException e) {
      String text = e.getStatusCode().value() == 401
          ? "Du är inte inloggad. <a href=\"/camunda/app/cockpit/default/\">Logga in i Cockpit</a> och öppna sedan sidan igen."
          : "Definitionerna hör till översikten, som är till för enhetschefer och styrgruppen.";
      return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.TEXT_HTML)
          .body(page("<p class=\"note\">" + text + "</p>"));
    }
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page(body));
  }

  /** CommonMark to HTML; raw HTML in the file is shown as text, never passed on. */
  static String render(String markdown) {
    Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
    return renderer.render(parser.parse(markdown));
  }

  private static String page(String content) {
    return "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Bofast – definitioner av nyckeltalen</title>\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<link rel=\"stylesheet\" href=\"/dashboard/dashboard.css\">\n</head>\n<body>\n"
        + "<header><nav><a href=\"/dashboard/\">Tillbaka till översikten</a></nav></header>\n"
        + "<main class=\"definitions\">\n" + content + "</main>\n</body>\n</html>\n";
  }

  private static String read() {
    try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The figures' definitions are missing from the classpath: " + SOURCE, e);
    }
  }
}
