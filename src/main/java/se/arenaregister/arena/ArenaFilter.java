package se.arenaregister.arena;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The register's filters, as they appear in the address (so a filtered list can be bookmarked):
 * {@code /arenas?area=3&type=INFLUENCE&q=bredband}. The API takes the same parameters.
 */
public record ArenaFilter(Long area, Long subArea, ArenaType type, Level level, Scope scope, ArenaStatus status,
                          Long convener, Boolean lead, Long topic, Long organisation, String q, Boolean archived, ArenaKind kind,
                          String verdict, @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(240) Integer notAssessedMonths) {

    /**
     * Verdict codes of the follow-up's assessments in the memo's order, checked here so an unknown one is refused, not
     * ignored (the follow-up module depends on this one, so it cannot be asked; a test keeps the two alike).
     */
    public static final java.util.List<String> VERDICTS = java.util.List.of("RELEVANT", "NEEDS_DEVELOPMENT", "UNCERTAIN", "RECOMMEND_LEAVING");

    /** A verdict filter naming no verdict the register knows. */
    public boolean hasUnknownVerdict() {
        return verdict != null && !verdict.isBlank() && !VERDICTS.contains(verdict);
    }

    public static ArenaFilter none() {
        return new ArenaFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filters with this convener (or none). */
    public ArenaFilter withConvener(Long id) {
        return new ArenaFilter(area, subArea, type, level, scope, status, id, lead, topic, organisation, q, archived, kind, verdict,
                notAssessedMonths);
    }

    public boolean isEmpty() {
        return asQueryParameters().isEmpty();
    }

    public String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    public boolean showArchived() {
        return Boolean.TRUE.equals(archived);
    }

    /** The non-empty filters, for links that keep them. */
    public Map<String, String> asQueryParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "area", area);
        put(p, "subArea", subArea);
        put(p, "type", type);
        put(p, "level", level);
        put(p, "scope", scope);
        put(p, "status", status);
        put(p, "convener", convener);
        put(p, "lead", lead);
        put(p, "topic", topic);
        put(p, "organisation", organisation);
        put(p, "q", text());
        put(p, "archived", Boolean.TRUE.equals(archived) ? true : null);
        put(p, "kind", kind);
        put(p, "verdict", verdict);
        put(p, "notAssessedMonths", notAssessedMonths);
        return p;
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null) {
            p.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
