package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.shared.HomeOrganisation;

/** The register as a table of text: headers and cells with codes turned into labels in one language. */
final class ArenaTable {

    /** Separates topics; topic names may themselves contain commas ("Miljö, energi och klimat"). */
    static final String TOPIC_SEPARATOR = "; ";

    private final MessageSource messages;
    private final Locale locale;
    private final HomeOrganisation home;

    ArenaTable(MessageSource messages, Locale locale, HomeOrganisation home) {
        this.messages = messages;
        this.locale = locale;
        this.home = home;
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (Column column : Column.values()) {
            headers.add(header(column));
        }
        return headers;
    }

    String header(Column column) {
        return messages.getMessage(column.messageKey(), new Object[] {home.shortName()}, locale);
    }

    List<String> cells(ArenaRow row) {
        List<String> cells = new ArrayList<>();
        for (Column column : Column.values()) {
            cells.add(cell(row, column));
        }
        return cells;
    }

    private String cell(ArenaRow row, Column column) {
        return switch (column) {
            case NAME -> row.name();
            case TYPES -> row.types().stream().map(t -> label("arenaType." + t.name())).collect(Collectors.joining(", "));
            case OTHER_INFO -> nullToEmpty(row.otherInfo());
            case PURPOSE -> nullToEmpty(row.purpose());
            case AREA -> row.area().name();
            case SUB_AREA -> row.subArea() == null ? "" : row.subArea().name();
            case LEVELS -> row.levels().stream().map(l -> label("level." + l.name())).collect(Collectors.joining(", "));
            case SCOPE -> label("scope." + row.scope().name());
            case CONVENER -> row.convener() == null ? "" : row.convener().name();
            case LED_BY_HOME -> label(row.ledByHome() ? "value.yes" : "value.no");
            case TOPICS -> row.topics().stream().map(ArenaRow.Ref::name).collect(Collectors.joining(TOPIC_SEPARATOR));
            case STATUS -> label("status." + row.status().name());
        };
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
