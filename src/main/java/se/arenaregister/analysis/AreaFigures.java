package se.arenaregister.analysis;

import java.util.List;
import java.util.Map;

/**
 * The computed figures of one area or sub-area, phrased as the memo phrases them. Maps are keyed by
 * code (ArenaType, Level, Scope names; Verdict names for {@code latestVerdicts}) in a stable order.
 *
 * @param sentences   Swedish sentences such as "Regionen är med i 14 forum, varav 8 på politisk nivå."
 * @param text        the hand-written analysis text for the area (editable), or null
 * @param discrepancies numbers stated in {@code text} that the data contradicts
 */
public record AreaFigures(long areaId, String name, Long parentId, String parentName, int total, int ledByHome,
                          Map<String, Integer> byType, Map<String, Integer> byLevel, Map<String, Integer> byScope,
                          Map<String, Integer> latestVerdicts, int neverAssessed, int dueReviews, java.math.BigDecimal hoursPerYear,
                          List<String> sentences, String text, List<Discrepancy> discrepancies) {

    /** "tre forum" in the text, four in the data. */
    public record Discrepancy(String phrase, int stated, int actual) {
    }

    public boolean isSubArea() {
        return parentId != null;
    }
}
