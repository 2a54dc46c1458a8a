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
        return matching(text, true);
    }

    /**
     * Any organisation of the catalogue whose name holds the text, in the same order and number as {@link #suggestions}:
     * the arena form's convener and member fields, where an organisation that convenes nothing yet may be chosen.
     */
    public List<Convener> organisations(String text) {
        return matching(text, false);
    }

    private List<Convener> matching(String text, boolean convening) {
        String part = text == null ? "" : text.strip();
        if (part.isEmpty() || part.length() > LONGEST_NAME) {
            return List.of();
        }
        String escaped = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("""
                        SELECT o.id, o.name FROM organisation_overview o
                        WHERE o.name ILIKE :like ESCAPE '\\'
                          AND (NOT :convening OR EXISTS (SELECT 1 FROM arena a WHERE a.convener_id = o.id AND NOT a.archived))
                        ORDER BY o.name NOT ILIKE :prefix ESCAPE '\\', lower(o.name), o.id
                        LIMIT :limit""")
                .param("like", "%" + escaped + "%").param("prefix", escaped + "%").param("convening", convening)
                .param("limit", SUGGESTIONS)
                .query(Convener.class).list();
    }

    /**
     * The organisation a typed name names in the arena form (any organisation, not only conveners): the one of that name
     * (case ignored), or the only one with the text in its name; otherwise {@link Choice#unknown() unknown}, with how many
     * have it ({@link Choice#ambiguous() several}) or none.
     */
    public Choice organisationNamed(String typed) {
        String name = typed == null ? "" : typed.strip();
        return name.isEmpty() ? Choice.NONE : named(name, false);
    }

    /** Names of these organisations, in the order of the ids (unknown ids left out). */
    public List<Convener> named(java.util.Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Convener> byId = new java.util.HashMap<>();
        jdbc.sql("SELECT id, name FROM organisation_overview WHERE id = ANY(:ids)")
                .param("ids", ids.stream().filter(java.util.Objects::nonNull).toArray(Long[]::new))
                .query(Convener.class).list().forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private Choice named(String name, boolean convening) {
        Optional<Convener> exact = name.length() > LONGEST_NAME ? Optional.empty()
                : jdbc.sql("SELECT id, name FROM organisation_overview WHERE lower(name) = lower(:name) ORDER BY id LIMIT 1")
                        .param("name", name).query(Convener.class).optional();
        if (exact.isPresent()) {
            return new Choice(exact.get().id(), exact.get().name(), 0);
        }
        // Part of a name, typed without the suggestions (no script): taken when only one organisation has it.
        List<Convener> having = matching(name, convening);
        return having.size() == 1 ? new Choice(having.get(0).id(), having.get(0).name(), 0)
                : new Choice(null, name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) + "…" : name, having.size());
    }

    /**
     * The field's organisation: the one the typed name names (case ignored), or the only convener with the typed text
     * in its name; without typed text, the one of the address's id. Text that chooses none is {@link Choice#unknown()
     * unknown} and filters nothing.
     */
    public Choice choose(Long id, String typed) {
        String name = typed == null ? "" : typed.strip();
        if (!name.isEmpty()) {
            return named(name, true);
        }
        if (id == null) {
            return Choice.NONE;
        }
        String shown = jdbc.sql("SELECT name FROM organisation_overview WHERE id = :id").param("id", id).query(String.class)
                .optional().orElse("");
        return new Choice(id, shown, 0);
    }
}
