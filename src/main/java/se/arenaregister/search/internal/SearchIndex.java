package se.arenaregister.search.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.audit.Audited;
import se.arenaregister.audit.EntityType;
import se.arenaregister.search.SearchIndexer;

/**
 * Keeps {@code search_entry} and {@code search_word} in step with the register. Every change reaches it as an
 * {@link Audited} event inside the changing transaction; the changes of a transaction are collected and, just before it
 * commits, each kind they touch is reindexed in one statement (so a rolled-back change leaves the index as it was, and a
 * transaction of a thousand changes costs one statement per kind, not a thousand). A restored backup rebuilds it, in the
 * restore's transaction; so does a start that finds it empty or built by an older version. The rebuild is set-based SQL,
 * one INSERT … SELECT per kind.
 */
@Service
public class SearchIndex {

    /** Raise when what is indexed changes: the next start rebuilds the index. */
    static final int VERSION = 2;

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final Pattern TYPE_PARAMETER = Pattern.compile(":type\\b");
    private static final Pattern ID_PARAMETER = Pattern.compile(":id\\b");
    private static final long REBUILD_LOCK = 0x5ea4c4L;

    /** The plain words of an entry, for the word list. */
    private static final String ENTRY_TEXT = "to_tsvector('simple', search_words(concat_ws(' ', title, subtitle, keywords, body)))";

    private final JdbcClient jdbc;
    private final List<SearchIndexer> indexers;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;

    SearchIndex(JdbcClient jdbc, List<SearchIndexer> indexers, PlatformTransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.indexers = List.copyOf(indexers);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The kinds, in the order their results are shown. */
    public List<SearchIndexer> indexers() {
        return indexers;
    }

    @EventListener
    void changed(Audited event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        boolean restore = EntityType.BACKUP.key().equals(event.entityType()) && event.action() == Audited.Action.RESTORED;
        if (!restore && indexers.stream().noneMatch(i -> i.watches().contains(event.entityType()))) {
            return;
        }
        // Found among the transaction's synchronizations, which Spring suspends with it (an inner REQUIRES_NEW has its own).
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance).map(Pending.class::cast).findFirst().orElse(null);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (restore) {
            pending.rebuild = true;
        } else {
            pending.touched.add(new Touch(event.entityType(), event.entityId()));
        }
    }

    /**
     * Rebuilds the index on start when it is empty or older than this version (once, whichever node starts first). A
     * waiting transaction-scoped advisory lock rather than {@code OnceAcrossNodes}' try-lock, on purpose: a node that
     * starts while another rebuilds waits for that rebuild to commit and then finds the index current, and if that
     * rebuild failed it does the rebuild itself, instead of skipping and leaving the index empty.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:lock)").param("lock", REBUILD_LOCK).query(Integer.class).single();
            Integer version = jdbc.sql("SELECT max(version) FROM search_index_state").query(Integer.class).optional().orElse(null);
            boolean empty = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM search_entry)").query(Boolean.class).single();
            if (version == null || version != VERSION || empty) {
                long started = System.nanoTime();
                int entries = withoutSocketTimeout(this::rebuild);
                log.info("Rebuilt the search index: {} entries in {} ms", entries, (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /**
     * A rebuild at start may take longer than any page's statement (minutes for a national register): the pool's socket
     * timeout, meant to end a request that waits on a vanished server, is lifted for the rebuild's connection only, and set
     * back before the connection returns to the pool.
     */
    private int withoutSocketTimeout(java.util.function.IntSupplier work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        int before;
        try {
            before = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, 0);
        } catch (SQLException e) {
            throw new IllegalStateException("The search index's connection refused its timeout", e);
        }
        try {
            return work.getAsInt();
        } finally {
            try {
                connection.setNetworkTimeout(Runnable::run, before);
            } catch (SQLException e) {
                log.warn("Could not set the socket timeout back after the search index's rebuild", e);
            }
        }
    }

    /** Everything again, from the published views: in the caller's transaction. Returns the number of entries. */
    public int rebuild() {
        // Set-based but over the whole register: not bound by the pages' statement timeout (for this transaction only).
        jdbc.sql("SET LOCAL statement_timeout = 0").update();
        // Fresh statistics first: a rebuild follows a restore or a bulk load, when the planner knows nothing yet of the
        // tables it reads (at 100,000 arenas unanalysed tables made the arenas' statement take 385 s instead of seconds).
        // The register's own tables only (the schema's, not the system catalogs, which a database owner may not analyse).
        jdbc.sql("SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') FROM pg_tables WHERE schemaname = current_schema()")
                .query(String.class).optional().ifPresent(tables -> jdbc.sql("ANALYZE " + tables).update());
        jdbc.sql("DELETE FROM search_entry").update();
        jdbc.sql("DELETE FROM search_word").update();
        int entries = 0;
        List<String> took = new ArrayList<>();
        for (SearchIndexer indexer : indexers) {
            long started = System.nanoTime();
            int kind = jdbc.sql("INSERT INTO search_entry (kind, entity_id, public, title, subtitle, keywords, body)"
                            + " SELECT :kind, x.entity_id, x.public, x.title, x.subtitle, x.keywords, x.body FROM (" + indexer.entries() + ") x")
                    .param("kind", indexer.kind()).update();
            entries += kind;
            took.add(indexer.kind() + " " + kind + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        long started = System.nanoTime();
        jdbc.sql("INSERT INTO search_word (word, folded) SELECT word, search_fold(word)"
                + " FROM ts_stat('SELECT " + ENTRY_TEXT.replace("'", "''") + " FROM search_entry')").update();
        took.add("words in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        log.debug("Search index rebuilt: {}", String.join(", ", took));
        jdbc.sql("""
                INSERT INTO search_index_state (id, version, rebuilt_at) VALUES (1, :version, now())
                ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, rebuilt_at = EXCLUDED.rebuilt_at""")
                .param("version", VERSION).update();
        return entries;
    }

    /** Reindexes, for each kind, the entries the given changes touch: one statement per kind that watches any of them. */
    void reindex(Set<Touch> touched) {
        for (SearchIndexer indexer : indexers) {
            List<String> types = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Touch touch : touched) {
                if (indexer.watches().contains(touch.type())) {
                    types.add(touch.type());
                    ids.add(touch.id());
                }
            }
            if (types.isEmpty()) {
                continue;
            }
            String touchedBy = ID_PARAMETER.matcher(TYPE_PARAMETER.matcher(indexer.touchedBy()).replaceAll("e.type"))
                    .replaceAll(Matcher.quoteReplacement("e.id"));
            jdbc.sql("""
                            WITH touched AS (
                                SELECT DISTINCT t.entity_id
                                FROM unnest(CAST(:types AS text[]), CAST(:ids AS bigint[])) AS e(type, id)
                                CROSS JOIN LATERAL (%1$s) t),
                            fresh AS (
                                SELECT x.* FROM (%2$s) x WHERE x.entity_id IN (SELECT entity_id FROM touched)),
                            gone AS (
                                DELETE FROM search_entry s WHERE s.kind = :kind AND s.entity_id IN (SELECT entity_id FROM touched)
                                  AND s.entity_id NOT IN (SELECT entity_id FROM fresh)),
                            stored AS (
                                INSERT INTO search_entry (kind, entity_id, public, title, subtitle, keywords, body)
                                SELECT :kind, c.entity_id, c.public, c.title, c.subtitle, c.keywords, c.body FROM fresh c
                                ON CONFLICT (kind, entity_id) DO UPDATE SET public = EXCLUDED.public, title = EXCLUDED.title,
                                    subtitle = EXCLUDED.subtitle, keywords = EXCLUDED.keywords, body = EXCLUDED.body
                                RETURNING title, subtitle, keywords, body)
                            INSERT INTO search_word (word, folded)
                            SELECT DISTINCT w.word, search_fold(w.word)
                            FROM stored CROSS JOIN LATERAL unnest(tsvector_to_array(%3$s)) AS w(word)
                            ON CONFLICT (word) DO NOTHING""".formatted(touchedBy, indexer.entries(), ENTRY_TEXT))
                    .param("types", types.toArray(String[]::new))
                    .param("ids", ids.toArray(Long[]::new))
                    .param("kind", indexer.kind())
                    .update();
        }
    }

    record Touch(String type, long id) {
    }

    /** What a transaction changed, applied just before it commits (still inside it). */
    private final class Pending implements TransactionSynchronization {

        private final Set<Touch> touched = new LinkedHashSet<>();
        private boolean rebuild;

        @Override
        public void beforeCommit(boolean readOnly) {
            if (rebuild) {
                rebuild();
            } else if (!touched.isEmpty()) {
                reindex(touched);
            }
        }
    }
}
