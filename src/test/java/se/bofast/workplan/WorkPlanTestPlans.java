package se.bofast.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import se.bofast.support.TestHttp;
import se.bofast.support.TestHttp.Response;

/** Work plans as the page sends them, for the module's tests. */
final class WorkPlanTestPlans {

  private WorkPlanTestPlans() {
  }

  /** A whole plan: four goals, an action by a named staff member, a role and the client; sara the agreed contact. */
  static String plan(String marker, LocalDate followUpOn, Integer version) {
    return "{\"areas\":["
        + "{\"area\":\"RENT\",\"goal\":\"Hyran betalas den 25:e " + marker + "\",\"actions\":["
        + "{\"what\":\"Autogiro för hyran\",\"responsibleKind\":\"STAFF\",\"responsible\":\"lotta\"},"
        + "{\"what\":\"Betalar hyran själv\",\"responsibleKind\":\"CLIENT\"}]},"
        + "{\"area\":\"TENANCY_LAW\",\"goal\":\"Känner till ordningsreglerna\",\"actions\":["
        + "{\"what\":\"Går igenom hyreskontraktet\",\"responsibleKind\":\"ROLE\",\"responsible\":\"BOENDELOTS\"}]},"
        + "{\"area\":\"TREATMENT\",\"goal\":\"Fortsatt kontakt med beroendevården\",\"actions\":["
        + "{\"what\":\"Besök varannan vecka\",\"responsibleKind\":\"ROLE\",\"responsible\":\"ADDICTION_CARE\"}]},"
        + "{\"area\":\"NEIGHBOUR\",\"goal\":\"Lugnt i trapphuset\",\"actions\":[]}],"
        + "\"rentDebtContact\":{\"userId\":\"sara\",\"agreement\":\"Boendelotsen ringer sara samma dag\"},"
        + "\"followUpOn\":\"" + followUpOn + "\"" + (version == null ? "" : ",\"version\":" + version) + "}";
  }

  static Response put(TestHttp http, long client, String user, String json) {
    return http.send(http.at("/api/clients/" + client + "/work-plan").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), user, "demo");
  }

  static long newClient(TestHttp http) {
    Response created = http.postJson("/api/clients", "kim", "demo", "{\"alias\":\"Arbetsplanen\",\"needs\":\"BOTH\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }
}
