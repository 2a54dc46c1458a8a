package se.arenaregister.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Previews waiting for confirmation, held on the server (the file is never uploaded twice) under a random id and
 * bound to the user who uploaded it. They are kept in PostgreSQL ({@code import_preview}), so a preview made on one
 * application node is confirmed on another. Each user has a shelf of their own: a user's newest previews push out only
 * that user's oldest, never someone else's. A preview lives {@link #TIME_TO_LIVE} at most, and a user holds
 * {@link #MAX_PER_USER} at most; expired previews are deleted whenever one is stored or taken.
 */
@Component
class ImportPreviews {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(30);
    static final int MAX_PER_USER = 5;

    /** The plan's own mapper: what is stored must not change with the web's JSON settings. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportPreviews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the preview in a transaction of its own, so it is there for the confirmation whatever the caller does. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void put(ImportPreview preview) {
        expire();
        jdbc.sql("INSERT INTO import_preview (id, owner, created_at, plan) VALUES (:id, :owner, :created, CAST(:plan AS jsonb))")
                .param("id", preview.id())
                .param("owner", preview.owner())
                .param("created", Timestamp.from(preview.createdAt()))
                .param("plan", JSON.writeValueAsString(storable(preview)))
                .update();
        jdbc.sql("""
                        DELETE FROM import_preview WHERE owner = :owner AND id NOT IN (
                            SELECT id FROM import_preview WHERE owner = :owner ORDER BY seq DESC LIMIT :max)""")
                .param("owner", preview.owner())
                .param("max", MAX_PER_USER)
                .update();
    }

    /**
     * The preview, deleted so it is applied at most once (on whichever node asks first); empty if unknown, expired or
     * someone else's. In a transaction of its own, as before in memory: a confirmation that fails has used its preview.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<ImportPreview> take(String id, String owner) {
        expire();
        return jdbc.sql("DELETE FROM import_preview WHERE id = :id AND owner = :owner RETURNING plan::text")
                .param("id", id)
                .param("owner", owner)
                .query(String.class)
                .optional()
                .map(plan -> JSON.readValue(plan, ImportPreview.class));
    }

    /**
     * The preview with its messages' arguments as plain values (text, numbers, yes/no): a validation message may carry
     * Spring's resolvables, which are for showing, and the stored plan is only ever confirmed (its problems counted).
     */
    private static ImportPreview storable(ImportPreview p) {
        return new ImportPreview(p.id(), p.owner(), p.createdAt(), p.filename(), p.creates(),
                p.updates().stream().map(ImportPreview.Planned::withoutValueChanges).toList(), p.unchanged(),
                plain(p.problems()), plain(p.notices()));
    }

    private static List<Message> plain(List<Message> messages) {
        return messages.stream().map(m -> new Message(m.sheet(), m.row(), m.column(), m.label(), m.code(), m.args() == null ? null
                : Arrays.stream(m.args()).map(a -> a == null || a instanceof String || a instanceof Number || a instanceof Boolean
                        ? a : a instanceof MessageSourceResolvable r && r.getDefaultMessage() != null ? r.getDefaultMessage()
                        : String.valueOf(a)).toArray())).toList();
    }

    private void expire() {
        jdbc.sql("DELETE FROM import_preview WHERE created_at < :limit")
                .param("limit", Timestamp.from(clock.instant().minus(TIME_TO_LIVE)))
                .update();
    }
}
