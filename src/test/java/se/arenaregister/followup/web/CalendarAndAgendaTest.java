package se.arenaregister.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.followup.MeetingForm;
import se.arenaregister.followup.Meetings;
import se.arenaregister.followup.ReviewForm;
import se.arenaregister.followup.Reviews;
import se.arenaregister.followup.internal.CalendarTokens;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

@IntegrationTest
class CalendarAndAgendaTest {

    private static final String NOTE = "Återrapportering från påverkansarenor; budget, ägarråd och öppna frågor";

    @Autowired
    MockMvc mvc;
    @Autowired
    Meetings meetings;
    @Autowired
    Reviews reviews;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    ArenaQueries arenas;
    @Autowired
    CalendarTokens tokens;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A meeting of RUN on a free date between tomorrow and about a year and a half ahead. */
    long meeting() {
        long committee = fixtures.committee();
        for (int attempt = 0; ; attempt++) {
            LocalDate date = today().plusDays(ThreadLocalRandom.current().nextInt(1, 550));
            try {
                return meetings.schedule(new MeetingForm(committee, date, NOTE));
            } catch (InvalidInputException e) {
                if (attempt > 50) {
                    throw e;
                }
            }
        }
    }

    record ReviewedArena(long arenaId, String name, long reviewId, LocalDate due) {
    }

    ReviewedArena review(LocalDate due) {
        long arena = fixtures.arena("Kalenderarena åäö", false, null, null, null);
        long review = reviews.schedule(new ReviewForm(arena, null, due, false, null, null, "Skäl åäö", null, "Ansvarig"));
        return new ReviewedArena(arena, arenas.find(arena).orElseThrow().name(), review, due);
    }

    static Calendar parse(MvcResult result) throws Exception {
        // Decode the bytes as UTF-8 ourselves: the Swedish characters must survive the wire.
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body).contains("\r\n").doesNotContain("\uFFFD");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n");
        return new CalendarBuilder().build(new StringReader(body));
    }

    static List<VEvent> events(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).isNotEmpty();
        for (VEvent event : events) {
            assertThat(event.getProperty(Property.UID)).as("UID").isPresent();
            assertThat(event.getProperty(Property.DTSTAMP)).as("DTSTAMP").isPresent();
            assertThat(event.getProperty(Property.DTSTART)).as("DTSTART").isPresent();
            assertThat(event.getProperty(Property.DTEND)).as("DTEND").isPresent();
        }
        return events;
    }

    static Map<String, VEvent> byUid(List<VEvent> events) {
        return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void publishesTheCommitteeMeetingsAsAPublicCalendar() throws Exception {
        long meeting = meeting();
        ReviewedArena reviewed = review(today().plusDays(40));

        MvcResult result = mvc.perform(get("/calendar/meetings.ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(header().string("Content-Type", containsStringIgnoringCase("charset=UTF-8")))
                .andReturn();
        Calendar calendar = parse(result);
        assertThat(calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.<Property>getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo("-//Arenaregistret//SV");
        assertThat(calendar.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue()).contains("sammanträden");

        List<VEvent> events = events(calendar);
        assertThat(events).allSatisfy(e -> assertThat(value(e, Property.CATEGORIES)).isEqualTo("Sammanträde"));
        VEvent event = byUid(events).get("meeting-" + meeting + "@arenaregistret");
        assertThat(event).as("the new meeting").isNotNull();
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Sammanträde: Regionala utvecklingsnämnden");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(NOTE);
        assertThat(value(event, Property.URL)).isEqualTo("http://localhost:" + port + "/meetings/" + meeting);
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(byUid(events)).doesNotContainKey("review-" + reviewed.reviewId() + "@arenaregistret");
    }

    @Test
    void givesTheTokenHolderEverythingDueAndANewTokenLocksTheOldAddressOut() throws Exception {
        long meeting = meeting();
        ReviewedArena reviewed = review(today().plusDays(60));

        mvc.perform(post("/calendar/token").with(user("admin").roles("COORDINATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/calendar"));
        String token = tokens.tokenOf("admin").orElseThrow();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        MvcResult result = mvc.perform(get("/calendar/" + token + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn();
        Map<String, VEvent> events = byUid(events(parse(result)));
        VEvent review = events.get("review-" + reviewed.reviewId() + "@arenaregistret");
        assertThat(review).as("the review").isNotNull();
        assertThat(value(review, Property.SUMMARY)).isEqualTo("Översyn: " + reviewed.name());
        assertThat(value(review, Property.DESCRIPTION)).isEqualTo("Skäl åäö\nAnsvarig: Ansvarig");
        assertThat(value(review, Property.CATEGORIES)).isEqualTo("Översyn");
        assertThat(value(review, Property.URL)).isEqualTo("http://localhost:" + port + "/arenas/" + reviewed.arenaId());
        assertThat(value(review, Property.DTSTART)).isEqualTo(reviewed.due().toString().replace("-", ""));
        assertThat(value(review, Property.DTEND)).isEqualTo(reviewed.due().plusDays(1).toString().replace("-", ""));
        assertThat(events).containsKey("meeting-" + meeting + "@arenaregistret");

        mvc.perform(post("/calendar/token").with(user("admin").roles("COORDINATOR")).with(csrf())).andExpect(status().is3xxRedirection());
        String renewed = tokens.tokenOf("admin").orElseThrow();
        assertThat(renewed).isNotEqualTo(token);
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + renewed + ".ics")).andExpect(status().isOk());
    }

    @Test
    void answersAnUnknownTokenWith404() throws Exception {
        mvc.perform(get("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/kort.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + "A".repeat(65) + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void showsTheFeedAddressesToTheLoggedInUser() throws Exception {
        mvc.perform(post("/calendar/token").with(user("admin").roles("COORDINATOR")).with(csrf())).andExpect(status().is3xxRedirection());
        String token = tokens.tokenOf("admin").orElseThrow();
        mvc.perform(get("/calendar").with(user("admin").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"http://localhost:" + port + "/calendar/" + token + ".ics\"")))
                .andExpect(content().string(containsString("value=\"http://localhost:" + port + "/calendar/meetings.ics\"")))
                .andExpect(content().string(containsString("<label for=\"personal-feed-url\"")))
                .andExpect(content().string(containsString("<label for=\"meetings-feed-url\"")))
                .andExpect(content().string(containsString("readonly")))
                .andExpect(content().string(containsString("action=\"/calendar/token\"")));
        mvc.perform(get("/calendar").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    @Test
    void listsTheAgendaBetweenTwoDates() throws Exception {
        LocalDate due = today().plusDays(200);
        ReviewedArena reviewed = review(due);
        LocalDate from = due.minusDays(3);
        LocalDate to = due.plusDays(3);
        mvc.perform(get("/api/v1/agenda").param("from", from.toString()).param("to", to.toString()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].url", hasItem("/arenas/" + reviewed.arenaId())))
                .andExpect(jsonPath("$[*].title", hasItem(reviewed.name())))
                .andExpect(jsonPath("$[*].detail", hasItem("Skäl åäö")))
                .andExpect(jsonPath("$[*].kind", hasItem("REVIEW")))
                .andExpect(jsonPath("$[*].date", everyItem(both(greaterThanOrEqualTo(from.toString()))
                        .and(lessThanOrEqualTo(to.toString())))))
                .andExpect(jsonPath("$[*].overdue", everyItem(is(false))))
                // The responsible official is a person's name: for logged-in callers only.
                .andExpect(jsonPath("$[*].responsible", not(hasItem("Ansvarig"))));
        mvc.perform(get("/api/v1/agenda").param("from", from.toString()).param("to", to.toString()).with(user("someone").roles("COORDINATOR")))
                .andExpect(jsonPath("$[*].responsible", hasItem("Ansvarig")));
        mvc.perform(get("/api/v1/agenda").param("from", due.plusDays(1).toString()).param("to", due.plusDays(30).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].url", not(hasItem("/arenas/" + reviewed.arenaId()))));
        mvc.perform(get("/api/v1/agenda").param("from", due.toString()).param("to", due.toString()))
                .andExpect(jsonPath("$[*].url", hasItem("/arenas/" + reviewed.arenaId())));
    }

    @Test
    void refusesBadRangesAsProblemDetailsNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/agenda").param("from", "2026-05-01").param("to", "2026-04-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("to")))
                .andExpect(jsonPath("$.errors[0].message", is("Slutdatumet får inte vara före startdatumet.")));
        mvc.perform(get("/api/v1/agenda").param("from", "2026-01-01").param("to", "2031-01-02"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("to")))
                .andExpect(jsonPath("$.errors[0].message", is("Perioden får vara högst 5 år.")));
        mvc.perform(get("/api/v1/agenda").param("from", "2026-01-01").param("to", "2031-01-01"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/agenda").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("from")));
        mvc.perform(get("/api/v1/agenda").param("from", "1 maj").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("from")));
        mvc.perform(get("/api/v1/agenda").param("from", "2026-05-01").param("to", "2026-04-30").param("lang", "en"))
                .andExpect(jsonPath("$.errors[0].message", is("The end date must not be before the start date.")));
    }
}
