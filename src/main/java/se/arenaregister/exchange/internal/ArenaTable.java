package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.HomeOrganisation;

/**
 * The register as a table of text: headers and cells with codes turned into labels in one language. Representatives
 * are the appointments of the day, "Name (Role)" each: for internal readers (signed in) everyone by name, for the
 * public elected representatives by name and officials by their role ("Infrastrukturstrateg (Ledamot)"), never by name.
 */
final class ArenaTable {

    /** Separates topics; topic names may themselves contain commas ("Miljö, energi och klimat"). */
    static final String TOPIC_SEPARATOR = "; ";
    /** Separates representatives, as topics. */
    static final String REPRESENTATIVE_SEPARATOR = "; ";

    private final MessageSource messages;
    private final Locale locale;
    private final HomeOrganisation home;
    private final Map<Long, List<PersonQueries.Seated>> seats;
    private final boolean internal;

    ArenaTable(MessageSource messages, Locale locale, HomeOrganisation home, List<PersonQueries.Seated> seated, boolean internal) {
        this.messages = messages;
        this.locale = locale;
        this.home = home;
        this.seats = seated.stream().collect(Collectors.groupingBy(PersonQueries.Seated::arenaId));
        this.internal = internal;
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
            case REPRESENTATIVES -> seats.getOrDefault(row.id(), List.of()).stream().map(this::representative)
                    .collect(Collectors.joining(REPRESENTATIVE_SEPARATOR));
        };
    }

    private String representative(PersonQueries.Seated seat) {
        String who = internal || seat.elected() ? seat.name() : publicRole(seat);
        return who + " (" + label("role." + seat.role().name()) + ")";
    }

    /** An official as the public may read of them: their title, else "Tjänsteperson". */
    private String publicRole(PersonQueries.Seated seat) {
        return seat.title() == null || seat.title().isBlank() ? label("exchange.representative.official") : seat.title();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
