package se.arenaregister.analysis.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.analysis.AreaAnalysis;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.analysis.MemoTexts;
import se.arenaregister.analysis.StatedNumbers;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;
import se.arenaregister.arena.TimeCost;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.followup.Verdict;
import se.arenaregister.shared.UntilRegisterChanges;

/**
 * Computes what the memo counted by hand, for every area and sub-area at once: one statement for all figures, one for
 * the areas and one for the hand-written texts, whatever the number of areas. An area's figures include its
 * sub-areas; an arena counts once per area (where it is placed, as the appendix lists it); archived arenas, and arenas only
 * under consideration (not taken part in), not at all.
 * The figures statement is set-based, so its cost grows with the rows, not with rows × groups: one row of facts per live
 * arena (its latest verdict, levels and seats joined once), summed per area and per sub-area with grouping sets; types
 * and levels the same way; due reviews are few, each placed in its area (and that area's parent) or its arena's area and
 * sub-area. With 100,000 arenas the earlier form, which checked every open review against every group with a correlated
 * {@code IN}, did not answer in 300 s.
 * Sentences are phrased as the memo phrases them, in the current locale's language.
 */
@Service
@Transactional(readOnly = true)
public class AreaAnalysisService implements AreaAnalysis {

    /** A review counts as due when it is open and due within this many days, or overdue. */
    static final int DUE_WITHIN_DAYS = 90;

    private static final String FIGURES = """
            WITH live AS (SELECT a.id, a.area_id, a.sub_area_id, a.led_by_home, a.scope, a.status,
                                 %s AS hours_each
                          FROM arena_overview a WHERE NOT a.archived AND a.status <> 'CONSIDERED'),
            facts AS (SELECT a.area_id, a.sub_area_id, a.scope, v.verdict, a.led_by_home AS led,
                             l.arena_id IS NOT NULL AND NOT l.political AS official_only,
                             a.status <> 'ENDED' AND v.arena_id IS NULL AS never, a.hours_each * x.seats AS hours
                      FROM live a
                      LEFT JOIN (SELECT arena_id, bool_or(code = 'POLITICAL') AS political FROM arena_level_overview GROUP BY arena_id) l ON l.arena_id = a.id
                      LEFT JOIN (SELECT DISTINCT ON (arena_id) arena_id, verdict FROM assessment_overview
                                 ORDER BY arena_id, assessed_on DESC, id DESC) v ON v.arena_id = a.id
                      LEFT JOIN (SELECT arena_id, count(*) AS seats FROM appointment_overview
                                 WHERE start_date <= :today AND (end_date IS NULL OR end_date >= :today) GROUP BY arena_id) x ON x.arena_id = a.id),
            sums AS (SELECT CASE WHEN grouping(f.area_id) = 0 THEN f.area_id ELSE f.sub_area_id END AS group_id,
                            CASE WHEN grouping(f.scope) = 0 THEN 'SCOPE' WHEN grouping(f.verdict) = 0 THEN 'VERDICT' ELSE '' END AS dim,
                            coalesce(f.scope, f.verdict, '') AS code, count(*) AS n, count(*) FILTER (WHERE f.led) AS led,
                            count(*) FILTER (WHERE f.official_only) AS official_only, count(*) FILTER (WHERE f.never) AS never, sum(f.hours) AS hours
                     FROM facts f
                     GROUP BY GROUPING SETS ((f.area_id), (f.area_id, f.scope), (f.area_id, f.verdict),
                                             (f.sub_area_id), (f.sub_area_id, f.scope), (f.sub_area_id, f.verdict))),
            codes AS (SELECT CASE WHEN grouping(a.area_id) = 0 THEN a.area_id ELSE a.sub_area_id END AS group_id, c.dim, c.code, count(*) AS n
                      FROM live a JOIN (SELECT arena_id, 'TYPE' AS dim, code FROM arena_type_overview
                                        UNION ALL SELECT arena_id, 'LEVEL', code FROM arena_level_overview) c ON c.arena_id = a.id
                      GROUP BY GROUPING SETS ((a.area_id, c.dim, c.code), (a.sub_area_id, c.dim, c.code))),
            due AS (SELECT r.id, r.arena_id, r.area_id FROM review_overview r WHERE r.completed_on IS NULL AND r.due_on <= :horizon)
            SELECT s.group_id, v.dim, '' AS code, v.n::numeric AS n FROM sums s
            CROSS JOIN LATERAL (VALUES ('TOTAL', s.n), ('LED', s.led), ('OFFICIAL_ONLY', s.official_only), ('NEVER_ASSESSED', s.never),
                                       ('HOURS', s.hours)) v (dim, n)
            WHERE s.dim = '' AND s.group_id IS NOT NULL AND v.n <> 0
            UNION ALL
            SELECT s.group_id, s.dim, s.code, s.n FROM sums s WHERE s.dim <> '' AND s.group_id IS NOT NULL AND s.code <> ''
            UNION ALL
            SELECT c.group_id, c.dim, c.code, c.n FROM codes c WHERE c.group_id IS NOT NULL
            UNION ALL
            SELECT g.group_id, 'DUE', '', count(*) FROM (
                SELECT d.area_id AS group_id FROM due d WHERE d.area_id IS NOT NULL
                UNION ALL SELECT s.parent_id FROM due d JOIN area_overview s ON s.id = d.area_id WHERE s.parent_id IS NOT NULL
                UNION ALL SELECT a.area_id FROM due d JOIN live a ON a.id = d.arena_id
                UNION ALL SELECT a.sub_area_id FROM due d JOIN live a ON a.id = d.arena_id WHERE a.sub_area_id IS NOT NULL) g
            GROUP BY g.group_id
            """.formatted(TimeCost.HOURS_PER_PARTICIPANT);

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final MemoTexts texts;
    private final MessageSource messages;
    private final Clock clock;
    /** The figures of a day, kept until the register changes: at 100,000 arenas the statement takes over a second. */
    private final UntilRegisterChanges.Kept<LocalDate, Map<Long, Map<String, Map<String, BigDecimal>>>> kept;

    AreaAnalysisService(JdbcClient jdbc, Catalog catalog, MemoTexts texts, MessageSource messages, Clock clock,
                        UntilRegisterChanges changes) {
        this.kept = changes.keep("analysis.figures", 4);
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.texts = texts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<AreaFigures> all() {
        return all(LocaleContextHolder.getLocale());
    }

    /** Every area followed by its sub-areas, with sentences in the given language. */
    public List<AreaFigures> all(Locale locale) {
        Map<Long, Map<String, Map<String, BigDecimal>>> figures = kept.get(LocalDate.now(clock), this::figures);
        Map<Long, String> areaTexts = texts.areaTexts();
        List<Area> tree = catalog.areas();
        Map<Long, String> names = new HashMap<>();
        tree.forEach(a -> names.put(a.id(), a.name()));
        Sentences sentences = new Sentences(messages, locale);
        List<AreaFigures> result = new ArrayList<>(tree.size());
        for (Area area : tree) {
            Map<String, Map<String, BigDecimal>> f = figures.getOrDefault(area.id(), Map.of());
            int total = single(f, "TOTAL");
            int led = single(f, "LED");
            Map<String, Integer> byType = counts(f.get("TYPE"), ArenaType.values());
            Map<String, Integer> byLevel = counts(f.get("LEVEL"), Level.values());
            Map<String, Integer> byScope = counts(f.get("SCOPE"), Scope.values());
            Map<String, Integer> verdicts = counts(f.get("VERDICT"), Verdict.values());
            int never = single(f, "NEVER_ASSESSED");
            int due = single(f, "DUE");
            BigDecimal hours = f.getOrDefault("HOURS", Map.of()).getOrDefault("", BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
            String text = areaTexts.get(area.id());
            List<String> phrased = sentences.of(total, led, single(f, "OFFICIAL_ONLY"), byType, byLevel, byScope, verdicts, never, due, hours);
            result.add(new AreaFigures(area.id(), area.name(), area.parentId(), area.parentId() == null ? null : names.get(area.parentId()),
                    total, led, byType, byLevel, byScope, verdicts, never, due, hours, phrased, text,
                    StatedNumbers.discrepancies(text, total)));
        }
        return result;
    }

    /** Every group's figures by dimension and code, from one statement. */
    private Map<Long, Map<String, Map<String, BigDecimal>>> figures(LocalDate today) {
        Map<Long, Map<String, Map<String, BigDecimal>>> figures = new HashMap<>();
        jdbc.sql(FIGURES).param("today", today).param("horizon", today.plusDays(DUE_WITHIN_DAYS))
                .query((rs, n) -> figures.computeIfAbsent(rs.getLong("group_id"), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString("dim"), k -> new HashMap<>())
                        .put(rs.getString("code"), rs.getBigDecimal("n")))
                .list();
        return figures;
    }

    @Override
    public Optional<AreaFigures> of(long areaId) {
        return all().stream().filter(a -> a.areaId() == areaId).findFirst();
    }

    @Override
    public String introduction() {
        return texts.introduction().text();
    }

    private static int single(Map<String, Map<String, BigDecimal>> figures, String dimension) {
        BigDecimal value = figures.getOrDefault(dimension, Map.of()).get("");
        return value == null ? 0 : value.intValue();
    }

    /** Every code of the enum in its natural order, zero where no arena has it. */
    private static Map<String, Integer> counts(Map<String, BigDecimal> found, Enum<?>[] codes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Enum<?> code : codes) {
            BigDecimal n = found == null ? null : found.get(code.name());
            counts.put(code.name(), n == null ? 0 : n.intValue());
        }
        return counts;
    }

    /** The memo's way of saying the figures, from the message bundle of one language. */
    private record Sentences(MessageSource messages, Locale locale) {

        List<String> of(int total, int led, int officialOnly, Map<String, Integer> byType, Map<String, Integer> byLevel,
                        Map<String, Integer> byScope, Map<String, Integer> verdicts, int never, int due, BigDecimal hours) {
            List<String> s = new ArrayList<>();
            int political = byLevel.getOrDefault(Level.POLITICAL.name(), 0);
            if (total == 0) {
                s.add(msg("analysis.sentence.none"));
                return s;
            }
            if (political > 0) {
                s.add(msg("analysis.sentence.political", total, political));
                if (led > 0) {
                    s.add(msg("analysis.sentence.political.led", led));
                }
            } else if (officialOnly == total) {
                s.add(led > 0 ? msg("analysis.sentence.officialOnly.led", total, led) : msg("analysis.sentence.officialOnly", total));
            } else {
                s.add(led > 0 ? msg("analysis.sentence.total.led", total, led) : msg("analysis.sentence.total", total));
            }
            String types = list(byType, "analysis.typeWord.");
            if (!types.isEmpty()) {
                s.add(msg("analysis.sentence.types", types));
            }
            s.add(msg("analysis.sentence.scopes", list(byScope, "analysis.scopeLevel.")));
            String assessed = list(verdicts, "analysis.verdictWord.");
            if (!assessed.isEmpty()) {
                s.add(msg("analysis.sentence.verdicts", assessed));
            }
            if (never > 0) {
                s.add(msg("analysis.sentence.neverAssessed", never));
            }
            if (due > 0) {
                s.add(msg("analysis.sentence.dueReviews", due, DUE_WITHIN_DAYS));
            }
            if (hours.signum() > 0) {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(1);
                s.add(msg("analysis.sentence.hours", format.format(hours)));
            }
            return s;
        }

        /** "påverkan (5), verkställande (3) och erfarenhetsutbyte (2)", largest first, codes in order on ties. */
        private String list(Map<String, Integer> counts, String prefix) {
            List<String> parts = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted((a, b) -> b.getValue() - a.getValue())
                    .map(e -> msg("analysis.list.entry", msg(prefix + e.getKey()), e.getValue()))
                    .toList();
            if (parts.size() <= 1) {
                return parts.isEmpty() ? "" : parts.get(0);
            }
            return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + msg("analysis.list.and") + " " + parts.get(parts.size() - 1);
        }

        private String msg(String key, Object... args) {
            Object[] plain = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                // Counts as plain digits: MessageFormat would group thousands with the locale's separator.
                plain[i] = args[i] instanceof Integer n ? String.valueOf(n) : args[i];
            }
            return messages.getMessage(key, plain, locale);
        }
    }
}
