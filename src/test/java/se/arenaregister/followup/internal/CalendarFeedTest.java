package se.arenaregister.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The hand-written iCalendar: CRLF, TEXT escaping and folding at 75 octets without splitting a character. */
class CalendarFeedTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T10:15:30Z"), ZoneId.of("Europe/Stockholm"));

    private final CalendarFeed calendar = new CalendarFeed(messages(), CLOCK);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void escapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(CalendarFeed.escape("Översyn; Åre, Östersund\\Härjedalen\nrad två\r\nrad tre\rslut"))
                .isEqualTo("Översyn\\; Åre\\, Östersund\\\\Härjedalen\\nrad två\\nrad tre\\nslut");
        assertThat(CalendarFeed.escape("kolon: och \"citat\" får stå")).isEqualTo("kolon: och \"citat\" får stå");
        assertThat(CalendarFeed.escape("styr\u0007tecken")).isEqualTo("styrtecken");
        assertThat(CalendarFeed.escape(null)).isEmpty();
    }

    @Test
    void leavesShortLinesAlone() {
        assertThat(CalendarFeed.fold("SUMMARY:Sammanträde: Regionala utvecklingsnämnden"))
                .isEqualTo("SUMMARY:Sammanträde: Regionala utvecklingsnämnden");
        String exactly75 = "X".repeat(73) + "å";
        assertThat(exactly75.getBytes(StandardCharsets.UTF_8)).hasSize(75);
        assertThat(CalendarFeed.fold(exactly75)).isEqualTo(exactly75);
    }

    @Test
    void foldsAt75OctetsAndNeverInsideACharacter() {
        // 74 octets, then "å" (2 octets) would make 76: the whole "å" moves to the next line.
        String line = "SUMMARY:" + "a".repeat(66) + "åäö";
        String folded = CalendarFeed.fold(line);
        String[] physical = folded.split("\r\n", -1);
        assertThat(physical[0].getBytes(StandardCharsets.UTF_8)).hasSize(74);
        assertThat(physical[1]).isEqualTo(" åäö");
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void foldsLongSwedishTextIntoValidUtf8Lines() throws CharacterCodingException {
        String text = "Översyn av samverkansavtalet för Jämtland Härjedalen; påverkansarenor, "
                + "ägarråd och bolagsstämmor – återrapportering till nämnden i juni. Å ä ö Å Ä Ö. 😀 ".repeat(5);
        String line = "DESCRIPTION:" + CalendarFeed.escape(text);
        String folded = CalendarFeed.fold(line);
        List<byte[]> lines = physicalLines(folded.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).hasSizeGreaterThan(5);
        for (int i = 0; i < lines.size(); i++) {
            byte[] bytes = lines.get(i);
            assertThat(bytes.length).as("line %d", i).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(bytes[0]).as("continuation %d starts with a space", i).isEqualTo((byte) ' ');
            }
            // A strict decoder fails on a character split between two lines.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        }
        assertThat(lines.stream().mapToInt(b -> b.length).max().orElseThrow()).isGreaterThanOrEqualTo(73);
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void aPassedEndDateIsSaidToHaveEndedNotToBeLate() {
        AgendaItem end = new AgendaItem(AgendaItem.Kind.ARENA_END, 9, LocalDate.of(2025, 1, 31), "Bredbandsforum Jämtland",
                null, null, null, "/arenas/9", true);
        AgendaItem agreement = new AgendaItem(AgendaItem.Kind.AGREEMENT_END, 4, LocalDate.of(2025, 2, 28), "Avtal om kollektivtrafik",
                null, null, null, "/agreements/4", true);
        String unfolded = unfold(calendar.write("Bevakningar", List.of(end, agreement), "http://example.se/"));

        assertThat(unfolded).contains("DESCRIPTION:Har upphört\\, inte bekräftat i registret\r\n").doesNotContain("Försenad");
        assertThat(unfolded.split("Har upphört", -1)).hasSize(3);
    }

    @Test
    void writesACalendarWithAllDayEventsInSwedish() {
        AgendaItem review = new AgendaItem(AgendaItem.Kind.REVIEW, 7, LocalDate.of(2025, 12, 31), "Bredbandsforum Jämtland",
                "Skäl: översyn, en gång per mandatperiod; våren", "Åsa Öberg", null, "/arenas/12", true);
        AgendaItem meeting = new AgendaItem(AgendaItem.Kind.MEETING, 3, LocalDate.of(2025, 6, 10), "Regionala utvecklingsnämnden",
                null, null, null, "/meetings/3", false);
        String ics = calendar.write("Arenaregistret RJH: bevakningar", List.of(meeting, review), "http://example.se/");

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Arenaregistret//SV\r\n")
                .contains("\r\nCALSCALE:GREGORIAN\r\n", "\r\nMETHOD:PUBLISH\r\n", "\r\nX-WR-CALNAME:Arenaregistret RJH: bevakningar\r\n")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        String unfolded = unfold(ics);
        assertThat(unfolded)
                .contains("UID:review-7@arenaregistret\r\nDTSTAMP:20250304T101530Z\r\n")
                .contains("DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n")
                .contains("SUMMARY:Översyn: Bredbandsforum Jämtland\r\n")
                .contains("DESCRIPTION:Skäl: översyn\\, en gång per mandatperiod\\; våren\\nAnsvarig: Åsa Öberg\\nFörsenad\r\n")
                .contains("URL:http://example.se/arenas/12\r\n")
                .contains("CATEGORIES:Översyn\r\n")
                .contains("SUMMARY:Sammanträde: Regionala utvecklingsnämnden\r\n")
                .contains("DTSTART;VALUE=DATE:20250610\r\nDTEND;VALUE=DATE:20250611\r\n")
                .contains("CATEGORIES:Sammanträde\r\n");
        assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(unfolded.split("STATUS:CONFIRMED", -1)).hasSize(3);
        // The meeting has neither detail nor responsible: no empty DESCRIPTION.
        String meetingEvent = unfolded.substring(unfolded.indexOf("UID:meeting-3"), unfolded.indexOf("END:VEVENT"));
        assertThat(meetingEvent).doesNotContain("DESCRIPTION");
        for (byte[] line : physicalLines(ics.getBytes(StandardCharsets.UTF_8))) {
            assertThat(line.length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void titlesEveryKindWithItsSwedishPrefix() {
        List<AgendaItem> items = new ArrayList<>();
        long id = 1;
        for (AgendaItem.Kind kind : AgendaItem.Kind.values()) {
            items.add(new AgendaItem(kind, id++, LocalDate.of(2026, 1, 1), "X", null, null, null, "/", false));
        }
        String ics = unfold(calendar.write("K", items, "http://localhost"));
        assertThat(ics).contains("SUMMARY:Översyn: X", "SUMMARY:Återrapportering: X", "SUMMARY:Slutdatum: X",
                "SUMMARY:Mandatperioden slutar: X", "SUMMARY:Sammanträde: X");
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "");
    }

    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
                i++;
            }
        }
        if (start < bytes.length) {
            lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }
}
