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

    record RowView(String sheet, int row, String name, String area, String subArea, Long arenaId, List<String> changedColumns) {
    }

    record ProblemView(String sheet, Integer row, String column, String message) {
    }

    static ImportView of(ImportPreview p, MessageSource messages, Locale locale, String homeShortName) {
        return new ImportView(p.id(), p.filename(), p.canConfirm(), p.changes(),
                rows(p.creates(), messages, locale, homeShortName), rows(p.updates(), messages, locale, homeShortName),
                rows(p.unchanged(), messages, locale, homeShortName), messages(p.problems(), messages, locale),
                messages(p.notices(), messages, locale));
    }

    private static List<RowView> rows(List<ImportPreview.Planned> rows, MessageSource messages, Locale locale, String home) {
        return rows.stream().map(r -> new RowView(r.sheet(), r.row(), r.name(), r.area(), r.subArea(), r.arenaId(),
                r.changed().stream().map(c -> column(c, messages, locale, home)).toList())).toList();
    }

    private static String column(Column column, MessageSource messages, Locale locale, String home) {
        return messages.getMessage(column.messageKey(), new Object[] {home}, locale);
    }

    static List<ProblemView> messages(List<Message> list, MessageSource messages, Locale locale) {
        return list.stream().map(m -> new ProblemView(m.sheet(), m.row() > 0 ? m.row() : null, m.column(),
                messages.getMessage(m.code(), m.args(), m.code(), locale))).toList();
    }
}
