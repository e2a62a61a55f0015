package se.bofast.platform.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Tasklist's queries with an authorization check that stays fast with many tasks.
 *
 * <p>The engine grants each task's candidate group READ on that task (one authorization row per
 * task) and checks a task query by joining the user's grants on
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}: a nested loop over tasks times grants,
 * quadratic in the number of open tasks. {@code authorized-queries.xml} keeps the engine's SQL
 * and tests the same grants as {@code IN} subqueries instead (hashed by the database), and
 * fetches the variables Tasklist embeds with the engine's revoke-aware check (index lookups).
 * Same rows, same visibility: see the mapper's comments and {@code TasklistVisibilityTest}.
 *
 * <p>The engine looks statements up by name; its statement mappings send the three names (and
 * on PostgreSQL {@link #GROUP_IDS}) to this mapper.
 */
@Component
class AuthorizedQueries extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "se.bofast.platform.query.AuthorizedQueries";
  static final String MAPPER = "se/bofast/platform/query/authorized-queries.xml";
  static final String[] STATEMENTS = {
      "selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria", "selectVariableInstanceByQueryCriteria"};

  /** The groups holding any authorization: a skip scan on PostgreSQL (see the mapper). */
  static final String GROUP_IDS = "selectAuthorizedGroupIds";

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(NAMESPACE + "." + STATEMENTS[0], false)) {
      try (InputStream mapper = AuthorizedQueries.class.getClassLoader().getResourceAsStream(MAPPER)) {
        new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    for (String statement : STATEMENTS) {
      if (mappings.containsKey(statement)) {
        throw new IllegalStateException("the engine already maps " + statement + " for this database");
      }
      mappings.put(statement, NAMESPACE + "." + statement);
    }
    if ("postgres".equals(sessions.getDatabaseType())) {
      mappings.put(GROUP_IDS, NAMESPACE + "." + GROUP_IDS + "_postgres");
    }
    sessions.setStatementMappings(mappings);
  }
}
