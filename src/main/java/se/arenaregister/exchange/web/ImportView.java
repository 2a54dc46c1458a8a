package se.arenaregister.exchange.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import se.arenaregister.exchange.internal.Column;
import se.arenaregister.exchange.internal.ImportPreview;
import se.arenaregister.exchange.internal.Message;

/** A preview as the page and the API show it: messages and column names in the reader's language. */
record ImportView(String id, String filename, boolean canConfirm, int changes, List<RowView> creates, List<RowView> updates,
                  List<RowView> unchanged, List<ProblemView> problems, List<ProblemView> notices) {

    /**
     * {@code types}, {@code levels}: as the arena would have them; {@code appoint}: new appointments, "Name (Role)";
     * {@code changes}: for an arena that changes, each changed column's values now and after the import.
     */
    record RowView(String sheet, int row, String name, String area, String subArea, Long arenaId, List<String> changedColumns,
                   List<String> types, List<String> levels, List<String> appoint, List<ChangeView> changes) {
    }

    /**
     * One changed column: its name, and its values in the register now and after the import (empty: none). For a text
     * changed into another, {@code difference} tells the page which part differs (not in the API, which has both texts).
     */
    record ChangeView(String column, List<String> before, List<String> after,
                      @com.fasterxml.jackson.annotation.JsonIgnore Difference difference) {
    }

    /**
     * Two texts as the page marks their difference: what they share at the start ({@code head}) and at the end
     * ({@code tail}), and what differs between ({@code before}, {@code after}; either may be empty). A space too many
     * is a marked space, which the eye would not find in two texts that read the same.
     */
    record Difference(String head, String before, String after, String tail) {

        static Difference of(List<String> before, List<String> after) {
            if (before.size() != 1 || after.size() != 1) {
                return null;
            }
            String a = before.get(0);
            String b = after.get(0);
            int head = 0;
            while (head < a.length() && head < b.length() && a.charAt(head) == b.charAt(head)) {
                head++;
            }
            int tail = 0;
            while (tail < a.length() - head && tail < b.length() - head
                    && a.charAt(a.length() - 1 - tail) == b.charAt(b.length() - 1 - tail)) {
                tail++;
            }
            return new Difference(a.substring(0, head), a.substring(head, a.length() - tail), b.substring(head, b.length() - tail),
                    a.substring(a.length() - tail));
        }
    }

    record ProblemView(String sheet, Integer row, String column, String message) {
    }

    static ImportView of(ImportPreview p, MessageSource messages, Locale locale, String homeShortName) {
        return new ImportView(p.id(), p.filename(), p.canConfirm(), p.changes(),
                rows(p.creates(), messages, locale, homeShortName), rows(p.updates(), messages, locale, homeShortName),
                rows(p.unchanged(), messages, locale, homeShortName), messages(p.problems(), messages, locale, homeShortName),
                messages(p.notices(), messages, locale, homeShortName));
    }

    private static List<RowView> rows(List<ImportPreview.Planned> rows, MessageSource messages, Locale locale, String home) {
        return rows.stream().map(r -> new RowView(r.sheet(), r.row(), r.name(), r.area(), r.subArea(), r.arenaId(),
                r.changed().stream().map(c -> column(c, messages, locale, home)).toList(),
                labels(r.types(), "arenaType.", messages, locale), labels(r.levels(), "level.short.", messages, locale),
                r.appoint().stream().map(a -> a.name() + " (" + messages.getMessage("role." + a.role().name(), null, locale) + ")")
                        .toList(),
                r.valueChanges().stream().map(c -> new ChangeView(column(c.column(), messages, locale, home),
                        values(c, c.before(), messages, locale), values(c, c.after(), messages, locale),
                        c.codePrefix() == null ? Difference.of(c.before(), c.after()) : null)).toList())).toList();
    }

    private static List<String> values(ImportPreview.ValueChange change, List<String> values, MessageSource messages, Locale locale) {
        return change.codePrefix() == null ? values
                : values.stream().map(code -> messages.getMessage(change.codePrefix() + code, null, code, locale)).toList();
    }

    private static List<String> labels(java.util.Collection<? extends Enum<?>> codes, String prefix, MessageSource messages,
                                       Locale locale) {
        return codes == null ? List.of() : codes.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal))
                .map(c -> messages.getMessage(prefix + c.name(), null, locale)).toList();
    }

    private static String column(Column column, MessageSource messages, Locale locale, String home) {
        return messages.getMessage(column.messageKey(), new Object[] {home}, locale);
    }

    /** A message's column as the file names it, else the column's label (never its code). */
    static List<ProblemView> messages(List<Message> list, MessageSource messages, Locale locale, String home) {
        return list.stream().map(m -> new ProblemView(m.sheet(), m.row() > 0 ? m.row() : null,
                m.column() != null ? m.column() : m.label() != null ? column(m.label(), messages, locale, home) : null,
                messages.getMessage(m.code(), m.args(), m.code(), locale))).toList();
    }
}
