package se.arenaregister.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.analysis.RegisterChanges;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An edition's figures next to the previous edition's: per area and sub-area the forums, those at political level and
 * those the home organisation leads, then what changed in the register between the two (arenas added, ended, changed
 * type or level, given a new verdict). The previous edition's figures are those it stated when it was sent; a sent
 * edition's own are its stored ones, a draft's the register's now.
 */
@Component
public class EditionComparison {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final int MAX_LISTED_ADDITIONS = 10;

    /** One area's figures in both editions; a {@code previous…} value is null where the previous edition had no such area. */
    public record Row(long areaId, String name, boolean subArea, int total, Integer previousTotal, int political,
                      Integer previousPolitical, int led, Integer previousLed) {
    }

    /** The comparison: the previous edition, the rows, and the register's changes between the two, phrased. */
    public record Comparison(MemoEdition previous, List<Row> rows, List<String> changes) {
    }

    private final EditionStore store;
    private final RegisterChanges registerChanges;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    EditionComparison(EditionStore store, RegisterChanges registerChanges, JsonMapper json, MessageSource messages, Clock clock) {
        this.store = store;
        this.registerChanges = registerChanges;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    /** Compared with the newest sent edition of an earlier year; empty when there is none (a draft states nothing yet). */
    Optional<Comparison> of(MemoEdition edition, Map<Long, AreaFigures> now) {
        Optional<MemoEdition> previous = store.sentBefore(edition.year());
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, StatedFigures> before = figures(previous.get().id()).orElse(Map.of());
        Collection<StatedFigures> current = edition.isSent()
                ? figures(edition.id()).map(Map::values).orElse(List.of())
                : now.values().stream().map(StatedFigures::of).toList();
        List<Row> rows = new ArrayList<>();
        for (StatedFigures f : current) {
            StatedFigures p = before.get(f.areaId());
            rows.add(new Row(f.areaId(), f.name(), f.parentId() != null, f.total(), p == null ? null : p.total(), f.political(),
                    p == null ? null : p.political(), f.ledByHome(), p == null ? null : p.ledByHome()));
        }
        LocalDate from = previous.get().sentAt().atZone(ZONE).toLocalDate();
        LocalDate to = edition.isSent() ? edition.sentAt().atZone(ZONE).toLocalDate() : LocalDate.now(clock);
        return Optional.of(new Comparison(previous.get(), rows, changes(registerChanges.between(from, to))));
    }

    /** The comparison as the document's lines: one per area and sub-area, then the changes. */
    List<String> lines(Comparison c) {
        List<String> lines = new ArrayList<>();
        String year = String.valueOf(c.previous().year());
        for (Row r : c.rows()) {
            lines.add(r.previousTotal() == null ? text("memo.compare.line.new", r.name(), r.total(), r.political(), r.led())
                    : text("memo.compare.line", r.name(), r.total(), year, r.previousTotal(), r.political(), r.previousPolitical(), r.led(),
                    r.previousLed()));
        }
        if (c.changes().isEmpty()) {
            lines.add(text("memo.compare.noChanges", year));
        } else {
            lines.add(text("memo.compare.changes", year));
            lines.addAll(c.changes());
        }
        return lines;
    }

    private Optional<Map<Long, StatedFigures>> figures(long editionId) {
        return store.sentJson(editionId, "figures").map(stored -> {
            List<StatedFigures> list = json.readValue(stored, new TypeReference<List<StatedFigures>>() { });
            Map<Long, StatedFigures> byArea = new java.util.LinkedHashMap<>();
            list.forEach(f -> byArea.put(f.areaId(), f));
            return byArea;
        });
    }

    private List<String> changes(RegisterChanges.Report report) {
        List<String> items = new ArrayList<>();
        if (report.added().size() > MAX_LISTED_ADDITIONS) {
            items.add(text("report.memo.changes.addedMany", report.added().size(), String.join(", ", report.added().stream()
                    .limit(MAX_LISTED_ADDITIONS).map(RegisterChanges.Change::arenaName).toList())));
        } else {
            report.added().forEach(c -> items.add(text("report.memo.changes.added", c.arenaName(), String.valueOf(c.on()))));
        }
        report.ended().forEach(c -> items.add(text("report.memo.changes.ended", c.arenaName(), String.valueOf(c.on()))));
        report.reclassified().forEach(c -> items.add(text("report.memo.changes.reclassified", c.arenaName(), String.valueOf(c.on()),
                labels(c.before()), labels(c.after()))));
        // An arena added in the period and assessed for the first time is news once, as added.
        Set<Long> added = report.added().stream().map(RegisterChanges.Change::arenaId).collect(Collectors.toSet());
        report.verdicts().stream().filter(c -> c.before() != null || !added.contains(c.arenaId()))
                .forEach(c -> items.add(text("report.memo.changes.verdict", c.arenaName(), String.valueOf(c.on()), labels(c.before()),
                        labels(c.after()))));
        return items;
    }

    /** Comma-separated codes (types, levels, verdicts) as Swedish labels. */
    private String labels(String codes) {
        if (codes == null || codes.isBlank()) {
            return text("report.memo.changes.none");
        }
        Map<String, String> found = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (String code : codes.split(",\\s*")) {
            String label = code;
            for (String prefix : List.of("arenaType.", "level.", "verdict.")) {
                String message = found.computeIfAbsent(prefix + code, key -> messages.getMessage(key, null, null, SWEDISH));
                if (message != null) {
                    label = message;
                    break;
                }
            }
            labels.add(label);
        }
        return String.join(", ", labels);
    }

    private String text(String code, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer n ? String.valueOf(n) : args[i];
        }
        return messages.getMessage(code, plain, SWEDISH);
    }
}
