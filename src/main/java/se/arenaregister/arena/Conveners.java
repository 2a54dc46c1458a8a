package se.arenaregister.arena;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's convener filter by name: a field with suggestions as one types, not a list of every organisation (3,000
 * of them at 100,000 arenas, half of the page). Read from the catalog's published {@code organisation_overview}.
 */
@Service
@Transactional(readOnly = true)
public class Conveners {

    /** Suggestions shown under the field at most. */
    public static final int SUGGESTIONS = 20;
    /** Longer than any organisation's name: more is not looked up. */
    static final int LONGEST_NAME = 300;

    /** An organisation as the field names it. */
    public record Convener(long id, String name) {
    }

    /**
     * What the filter's convener field says: the organisation chosen (or none) and the text the field shows; when the
     * text chose none, how many conveners have it in their name ({@link #SUGGESTIONS} at most), so the user is told
     * to be more precise (several) or that there is no such organisation (none).
     *
     * @param matches conveners the text could mean, when it chose none; 0 when it chose one, or nothing was typed
     */
    public record Choice(Long id, String shown, int matches) {

        static final Choice NONE = new Choice(null, "", 0);

        /** Text was typed and chose no organisation. */
        public boolean unknown() {
            return id == null && !shown.isEmpty();
        }

        /** Text was typed that several conveners have in their names. */
        public boolean ambiguous() {
            return unknown() && matches > 1;
        }
    }

    private final JdbcClient jdbc;

    Conveners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Organisations that convene a current (not archived) arena and whose name holds the text, case ignored: those whose
     * name begins with it first, then by name; at most {@link #SUGGESTIONS}. Nothing for empty text.
     */
    public List<Convener> suggestions(String text) {
        String part = text == null ? "" : text.strip();
        if (part.isEmpty() || part.length() > LONGEST_NAME) {
            return List.of();
        }
        String escaped = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("""
                        SELECT o.id, o.name FROM organisation_overview o
                        WHERE o.name ILIKE :like ESCAPE '\\'
                          AND EXISTS (SELECT 1 FROM arena a WHERE a.convener_id = o.id AND NOT a.archived)
                        ORDER BY o.name NOT ILIKE :prefix ESCAPE '\\', lower(o.name), o.id
                        LIMIT :limit""")
                .param("like", "%" + escaped + "%").param("prefix", escaped + "%").param("limit", SUGGESTIONS)
                .query(Convener.class).list();
    }

    /**
     * The field's organisation: the one the typed name names (case ignored), or the only convener with the typed text
     * in its name; without typed text, the one of the address's id. Text that chooses none is {@link Choice#unknown()
     * unknown} and filters nothing.
     */
    public Choice choose(Long id, String typed) {
        String name = typed == null ? "" : typed.strip();
        if (!name.isEmpty()) {
            Optional<Convener> named = name.length() > LONGEST_NAME ? Optional.empty()
                    : jdbc.sql("SELECT id, name FROM organisation_overview WHERE lower(name) = lower(:name)")
                            .param("name", name).query(Convener.class).optional();
            if (named.isPresent()) {
                return new Choice(named.get().id(), named.get().name(), 0);
            }
            // Part of a name, typed without the suggestions (no script): taken when only one convener has it.
            List<Convener> having = suggestions(name);
            return having.size() == 1 ? new Choice(having.get(0).id(), having.get(0).name(), 0)
                    : new Choice(null, name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) + "…" : name, having.size());
        }
        if (id == null) {
            return Choice.NONE;
        }
        String shown = jdbc.sql("SELECT name FROM organisation_overview WHERE id = :id").param("id", id).query(String.class)
                .optional().orElse("");
        return new Choice(id, shown, 0);
    }
}
