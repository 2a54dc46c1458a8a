package se.arenaregister.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.arenaregister.analysis.RegisterChanges;

/** Year-over-year: the register compared a year back and today (from the audit log), as memo lines. */
final class MemoChangeItems {

    private static final int MAX_LISTED_ADDITIONS = 10;

    private MemoChangeItems() {
    }

    static List<String> of(RegisterChanges.Report report, MemoContent.Text t) {
        List<String> items = new ArrayList<>();
        if (report.added().size() > MAX_LISTED_ADDITIONS) {
            items.add(t.get("report.memo.changes.addedMany", report.added().size(), String.join(", ", report.added().stream()
                    .limit(MAX_LISTED_ADDITIONS).map(RegisterChanges.Change::arenaName).toList())));
        } else {
            report.added().forEach(c -> items.add(t.get("report.memo.changes.added", c.arenaName(), MemoContent.iso(c.on()))));
        }
        report.ended().forEach(c -> items.add(t.get("report.memo.changes.ended", c.arenaName(), MemoContent.iso(c.on()))));
        report.reclassified().forEach(c -> items.add(t.get("report.memo.changes.reclassified", c.arenaName(),
                MemoContent.iso(c.on()), labels(c.before(), t), labels(c.after(), t))));
        // An arena added in the period and assessed for the first time is news once, as added.
        Set<Long> added = report.added().stream().map(RegisterChanges.Change::arenaId).collect(Collectors.toSet());
        report.verdicts().stream().filter(c -> c.before() != null || !added.contains(c.arenaId()))
                .forEach(c -> items.add(t.get("report.memo.changes.verdict", c.arenaName(), MemoContent.iso(c.on()),
                        labels(c.before(), t), labels(c.after(), t))));
        return items;
    }

    /** Comma-separated codes (types, levels, verdicts) as the reader's labels. */
    private static String labels(String codes, MemoContent.Text t) {
        if (codes == null || codes.isBlank()) {
            return t.get("report.memo.changes.none");
        }
        List<String> labels = new ArrayList<>();
        for (String code : codes.split(",\\s*")) {
            String label = code;
            for (String prefix : List.of("arenaType.", "level.", "verdict.")) {
                String found = t.messages().getMessage(prefix + code, null, null, t.locale());
                if (found != null) {
                    label = found;
                    break;
                }
            }
            labels.add(label);
        }
        return String.join(", ", labels);
    }
}
