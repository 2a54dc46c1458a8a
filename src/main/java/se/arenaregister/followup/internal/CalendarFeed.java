package se.arenaregister.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes agenda items as an iCalendar feed (RFC 5545) by hand: one all-day {@code VEVENT} per item,
 * CRLF line endings, TEXT values escaped and lines folded at 75 octets of UTF-8 without ever
 * splitting a character. Feeds are read by calendar applications that carry no language choice, so
 * their text is Swedish ({@code calendar.*} in the message bundle). Not ical4j's writer: its
 * {@code FoldingWriter} (4.0.8) folds every 73 Java chars, not octets, so lines with å, ä and ö run past
 * 75 octets and a surrogate pair can be split.
 */
@Component
public class CalendarFeed {

    /** Calendar applications send no language: feeds are written in Swedish. */
    public static final Locale LOCALE = Locale.forLanguageTag("sv");

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private final MessageSource messages;
    private final Clock clock;

    CalendarFeed(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The feed named {@code name} with one event per item; {@code baseUrl} (scheme, host and context
     * path, no trailing slash) makes each item's path an absolute URL.
     */
    public String write(String name, List<AgendaItem> items, String baseUrl) {
        String stamp = STAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Arenaregistret//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        // Ask subscribing applications to fetch the feed again a few times a day (RFC 7986, Outlook).
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
        line(out, "X-PUBLISHED-TTL:PT6H");
        for (AgendaItem item : items) {
            event(out, item, stamp, base);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private void event(StringBuilder out, AgendaItem item, String stamp, String base) {
        String kind = item.kind().name();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + item.uid());
        line(out, "DTSTAMP:" + stamp);
        line(out, "DTSTART;VALUE=DATE:" + date(item.date()));
        line(out, "DTEND;VALUE=DATE:" + date(item.date().plusDays(1)));
        line(out, "SUMMARY:" + escape(text("calendar.summary." + kind, item.title() == null ? "" : item.title())));
        String description = description(item);
        if (!description.isEmpty()) {
            line(out, "DESCRIPTION:" + escape(description));
        }
        if (item.path() != null) {
            line(out, "URL:" + base + item.path());
        }
        line(out, "STATUS:CONFIRMED");
        line(out, "CATEGORIES:" + escape(text("calendar.category." + kind)));
        line(out, "END:VEVENT");
    }

    private String description(AgendaItem item) {
        List<String> parts = new ArrayList<>();
        if (item.detail() != null && !item.detail().isBlank()) {
            parts.add(item.detail().strip());
        }
        if (item.responsible() != null && !item.responsible().isBlank()) {
            parts.add(text("calendar.description.responsible", item.responsible().strip()));
        }
        if (item.overdue()) {
            // An end date that has passed is no late work: it asks to be confirmed ("Försenad" only for what is late).
            boolean end = item.kind() == AgendaItem.Kind.ARENA_END || item.kind() == AgendaItem.Kind.AGREEMENT_END;
            parts.add(text(end ? "calendar.description.ended" : "calendar.description.overdue"));
        }
        return String.join("\n", parts);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LOCALE);
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }

    /**
     * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break
     * (CRLF, CR or LF) written as {@code \n}; other control characters, which TEXT may not hold, dropped.
     */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || c >= 0x20 && c != 0x7f) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Folds a content line (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8, each
     * continuation starting with one space (which counts), and the break never inside a character.
     */
    static String fold(String contentLine) {
        StringBuilder out = new StringBuilder(contentLine.length() + 8);
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int length = utf8Length(codePoint);
            if (octets + length > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
