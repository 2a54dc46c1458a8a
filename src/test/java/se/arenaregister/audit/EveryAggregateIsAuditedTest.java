package se.arenaregister.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.repository.support.Repositories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;
import se.arenaregister.support.IntegrationTest;

/**
 * Audit is a mechanism only if nothing can be left out of it. The tables come from the schema, so a new table
 * fails here until an audited aggregate claims it or it is listed below as not user data, with the reason; the
 * aggregates come from the repositories and the {@link Traced} annotations; and what was stored through the
 * services (the demo data, loaded at start) must have its creation in the log under the aggregate's type.
 */
@IntegrationTest
class EveryAggregateIsAuditedTest {

    /** Tables that hold no register or account data, and why. */
    static final Map<String, String> NOT_USER_DATA = Map.of(
            "audit_entry", "the audit log itself",
            "form_submission", "transient one-time form tokens, not part of backups either",
            "flyway_schema_history", "the schema's migration history");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyTableBelongsToAnAuditedAggregateOrIsNamedAsNotUserData() {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")
                .query(String.class).list();
        Map<String, List<String>> claims = new HashMap<>();
        traced().forEach(type -> Arrays.stream(type.getAnnotation(Traced.class).tables())
                .forEach(table -> claims.computeIfAbsent(table, t -> new ArrayList<>()).add(type.getName())));

        assertThat(tables).as("tables of the schema").isNotEmpty();
        for (String table : tables) {
            assertThat(claims.containsKey(table) || NOT_USER_DATA.containsKey(table))
                    .as("table %s: claimed by no @Traced aggregate and not listed as holding no user data", table).isTrue();
            assertThat(claims.getOrDefault(table, List.of())).as("aggregates claiming %s", table).hasSizeLessThanOrEqualTo(1);
            assertThat(claims.containsKey(table) && NOT_USER_DATA.containsKey(table)).as("table %s both claimed and excluded", table).isFalse();
        }
        assertThat(tables).as("tables the aggregates claim").containsAll(claims.keySet());
    }

    @Test
    void everyRepositoryStoresAnAuditedAggregate() {
        Repositories repositories = new Repositories(context);
        List<Class<?>> domainTypes = new ArrayList<>();
        repositories.forEach(domainTypes::add);
        assertThat(domainTypes).isNotEmpty().allSatisfy(type -> assertThat(type.isAnnotationPresent(Traced.class))
                .as("%s is stored by a repository but not @Traced", type.getName()).isTrue());
    }

    @Test
    void everyAuditedTypeIsDistinctAndEveryTypeIsUsed() {
        List<EntityType> used = traced().stream().map(type -> type.getAnnotation(Traced.class).value()).toList();
        assertThat(used).doesNotHaveDuplicates();
        // The backup is the installation as a whole, not an aggregate with rows.
        assertThat(used).containsExactlyInAnyOrder(Arrays.stream(EntityType.values()).filter(t -> t != EntityType.BACKUP)
                .toArray(EntityType[]::new));
    }

    /**
     * Every row the services stored before any test ran (the demo data, and the first administrator) was logged as
     * created under its aggregate's type, with at least one field. Read from the first table each aggregate claims.
     */
    @Test
    void whatTheServicesStoredAtStartIsLoggedAsCreatedUnderItsType() {
        for (Class<?> type : traced()) {
            Traced traced = type.getAnnotation(Traced.class);
            String table = traced.tables()[0];
            String id = table.equals("memo_text")
                    ? "CASE WHEN key = 'intro' THEN 0 ELSE substring(key FROM 6)::bigint END"
                    : "id";
            Long first = jdbc.sql("SELECT " + id + " FROM " + table + " ORDER BY " + (table.equals("memo_text") ? "updated_at" : "id")
                            + " LIMIT 1")
                    .query(Long.class).optional().orElse(null);
            assertThat(first).as("%s: the demo data holds a row", table).isNotNull();
            long entries = jdbc.sql("""
                            SELECT count(*) FROM audit_entry
                            WHERE entity_type = :type AND entity_id = :id AND action = 'CREATED' AND jsonb_array_length(changes) > 0""")
                    .param("type", traced.value().key()).param("id", first).query(Long.class).single();
            assertThat(entries).as("%s %d (table %s) logged as created", traced.value().key(), first, table).isEqualTo(1);
        }
    }

    private static boolean isTestClass(Class<?> type) {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    static List<Class<?>> traced() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Traced.class));
        List<Class<?>> types = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("se.arenaregister")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), EveryAggregateIsAuditedTest.class.getClassLoader());
            // The application's aggregates, not samples that tests of the audit module declare for themselves.
            if (!isTestClass(type)) {
                types.add(type);
            }
        }
        assertThat(types).as("@Traced aggregates on the class path").isNotEmpty();
        return types;
    }
}
