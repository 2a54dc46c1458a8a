package se.arenaregister.arena;

/**
 * What an arena costs one participant in a year, as the memo counts it: meetings per year × hours per meeting (with
 * the preparation and travel factor), rounded to a tenth of an hour. Written once, for every query that sums it.
 */
public final class TimeCost {

    /** The SQL expression, for a query in which the arena ({@code arena_overview}) is aliased {@code a}. */
    public static final String HOURS_PER_PARTICIPANT =
            "round(coalesce(a.meetings_per_year, 0) * coalesce(a.hours_per_meeting, 0) * a.preparation_factor, 1)";

    private TimeCost() {
    }
}
