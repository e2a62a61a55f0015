package se.bofast.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.bofast.support.AppTest;
import se.bofast.support.Staff;
import se.bofast.support.TestPersonnummer;

/**
 * The eviction module's own declaration ({@link EvictionPersonalData}) reaches the engine's history
 * level: the tenant's personnummer, name and street, and the co-tenant's personnummer and name, a
 * bosamordnare types into the start form are
 * in neither ACT_HI_VARINST nor ACT_HI_DETAIL, while the other fields of the same submission are.
 */
@AppTest
class EvictionPersonalDataTest {

  static final List<String> TENANT_FIELDS = List.of("tenantPersonalNumber", "tenantName", "street",
      "coTenantPersonalNumber", "coTenantName");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theTenantFieldsOfAStartFormStayOutOfHistory() {
    assertThat(EvictionPersonalData.NAMES).as("declared by the eviction module").containsAll(TENANT_FIELDS);
    String pnr = TestPersonnummer.next();
    String coTenant = TestPersonnummer.next();
    Map<String, Object> form = new java.util.HashMap<>(Map.of(
        "source", "LANDLORD", "signalType", "DISTURBANCE", "tenantPersonalNumber", pnr, "tenantName", "Vera Vräkt",
        "street", "Hemliga gatan 7", "postalCode", "113 59", "city", "Stockholm", "childrenInHousehold", 0));
    form.put("coTenantPersonalNumber", coTenant);
    form.put("coTenantName", "Ville Vräkt");
    ProcessInstance pi = new Staff(engine).start(EvictionConstants.PROCESS_KEY, "bosamordnare", form);
    String pid = pi.getId();
    assertThat(runtimeService.getVariables(pid)).doesNotContainKeys(TENANT_FIELDS.toArray(String[]::new));

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pid).includeDeleted()
        .variableNameIn(TENANT_FIELDS.toArray(String[]::new)).count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pid).variableUpdates().list())
        .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
        .as("bosse's submission is recorded, the tenant's fields are not")
        .contains("source", "signalType", "city").doesNotContainAnyElementsOf(TENANT_FIELDS);

    for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE PROC_INST_ID_ = ?"
          + " AND (TEXT_ LIKE ? OR TEXT_ LIKE ? OR TEXT_ LIKE ? OR TEXT_ LIKE ? OR TEXT_ LIKE ? OR TEXT_ LIKE ?)",
          Long.class, pid, "%" + pnr + "%", "%" + pnr.replace("-", "") + "%", "%" + coTenant + "%",
          "%" + coTenant.replace("-", "") + "%", "%Vräkt%", "%Hemliga%")).as(table).isZero();
    }
  }
}
