package se.bofast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Swedish webapp translations (sv.json, ours) against the English originals (en.json, from the
 * Camunda webjar): same keys, nothing empty, placeholders and markup kept, and really Swedish.
 * Plain unit test, no Spring context.
 */
class WebappTranslationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]*/?>");
  /** Real HTML elements; "<undefined>", "<null>", "<Operation>" in the originals are display text. */
  private static final Set<String> HTML_ELEMENTS = Set.of(
      "a", "b", "br", "code", "div", "em", "i", "li", "ol", "p", "pre", "small", "span", "strong",
      "u", "ul");

  private static JsonNode load(String app, String lang) throws IOException {
    String path = "/META-INF/resources/webjars/camunda/app/" + app + "/locales/" + lang + ".json";
    try (InputStream in = WebappTranslationTest.class.getResourceAsStream(path)) {
      assertThat(in).as("classpath resource %s", path).isNotNull();
      return JSON.readTree(in);
    }
  }

  /** Every leaf value by its path (objects by key, arrays by index). */
  private static Map<String, JsonNode> leaves(JsonNode node) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    collect("", node, out);
    return out;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(path + "/" + e.getKey(), e.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, node);
    }
  }

  private static List<String> all(Pattern pattern, String text, int group) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(group));
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void swedishMatchesEnglishStructureAndMarkup(String app) throws IOException {
    Map<String, JsonNode> en = leaves(load(app, "en"));
    Map<String, JsonNode> sv = leaves(load(app, "sv"));

    assertThat(new ArrayList<>(sv.keySet())).as("%s: keys (same set, same order)", app)
        .containsExactlyElementsOf(en.keySet());

    SoftAssertions soft = new SoftAssertions();
    en.forEach((key, enNode) -> {
      JsonNode svNode = sv.get(key);
      String enText = enNode.asText();
      String svText = svNode.asText();
      soft.assertThat(svNode.getNodeType()).as("%s %s: type", app, key)
          .isEqualTo(enNode.getNodeType());
      if (!enText.isBlank()) {
        soft.assertThat(svText).as("%s %s: empty value", app, key).isNotBlank();
      }
      for (String placeholder : all(PLACEHOLDER, enText, 0)) {
        soft.assertThat(svText).as("%s %s: placeholder %s", app, key, placeholder)
            .contains(placeholder);
      }
      List<String> svTags = all(TAG, svText, 1).stream().map(String::toLowerCase).toList();
      for (String tag : all(TAG, enText, 1)) {
        String name = tag.toLowerCase();
        if (HTML_ELEMENTS.contains(name)) {
          soft.assertThat(svTags).as("%s %s: HTML tag <%s>", app, key, name).contains(name);
        }
      }
    });
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0} {1} = {3}")
  @CsvSource(delimiter = '|', textBlock = """
      tasklist | CAM_WIDGET_HEADER_SIGN_OUT | Log out              | Logga ut
      tasklist | START_PROCESS              | Start process        | Starta process
      tasklist | CLAIM_TASK                 | Claim                | Ta uppgiften
      tasklist | UNCLAIM_TASK               | Unclaim              | Släpp
      tasklist | COMPLETE                   | Complete             | Slutför
      tasklist | ASSIGNEE                   | Assignee             | Handläggare
      tasklist | FOLLOW_UP_DATE             | Follow-up date       | Uppföljningsdatum
      tasklist | PAGE_LOGIN_USERNAME        | Username             | Användarnamn
      tasklist | PAGE_LOGIN_PASSWORD        | Password             | Lösenord
      welcome  | CAM_WIDGET_HEADER_SIGN_OUT | Log out              | Logga ut
      welcome  | CHANGE_PASSWORD            | Change password      | Byt lösenord
      admin    | USERS_CREATE_USER          | Create User          | Skapa användare
      admin    | AUTHORIZATION_DEPLOYMENT   | Deployment           | Driftsättning
      cockpit  | COCKPIT_PROCESSES          | Processes            | Processer
      cockpit  | DASHBOARD_OPEN_INCIDENTS   | Open Incidents       | Öppna incidenter
      cockpit  | PLUGIN_JOBS                | Jobs                 | Jobb
      """)
  void wellKnownLabelsAreSwedish(String app, String key, String english, String swedish)
      throws IOException {
    assertThat(load(app, "en").path("labels").path(key).asText()).as("en %s", key)
        .isEqualTo(english);
    assertThat(load(app, "sv").path("labels").path(key).asText()).as("sv %s", key)
        .isEqualTo(swedish);
  }
}
