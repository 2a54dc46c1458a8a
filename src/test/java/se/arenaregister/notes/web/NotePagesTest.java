package se.arenaregister.notes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.arenaregister.followup.MeetingForm;
import se.arenaregister.followup.Meetings;
import se.arenaregister.governance.Decisions;
import se.arenaregister.notes.NoteForm;
import se.arenaregister.notes.Notes;
import se.arenaregister.person.People;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/**
 * The note pages and API as their users meet them: the form with field errors in Swedish and nothing stored, the
 * note page and the arena's section for internal users and the public (public notes only, officials by role),
 * 403 for someone who may not change a note, 404 (problem+json in the API) for an internal note asked for without
 * login, and a report-back at a meeting that links to a note of its arena.
 */
@IntegrationTest
class NotePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Notes notes;
    @Autowired
    People people;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    Meetings meetings;
    @Autowired
    Decisions decisions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long arena;
    long official;
    long elected;
    String officialName;
    String electedName;
    LocalDate yesterday;

    @BeforeEach
    void anArenaWithPeople() {
        arena = fixtures.arena("Arena med anteckningar", false, null, null, null);
        official = fixtures.official("Hemlig tjänsteperson");
        elected = fixtures.elected("Öppen ledamot", "S");
        officialName = people.formFor(official).name();
        electedName = people.formFor(elected).name();
        yesterday = LocalDate.now(clock).minusDays(1);
    }

    @Test
    void aReaderRecordsANoteAndBadInputShowsItsErrorsNextToTheFields() throws Exception {
        mvc.perform(get("/arenas/" + arena + "/notes/new").with(user("lasaren").roles("READER")))
                .andExpect(status().isOk()).andExpect(view().name(NoteFormController.FORM_VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(officialName)));

        mvc.perform(post("/arenas/" + arena + "/notes").with(user("lasaren").roles("READER")).with(csrf())
                        .param("heldOn", yesterday.plusDays(5).toString()).param("learned", " ").param("discussed", "")
                        .param("recipientAreaIds", "nej"))
                .andExpect(status().isOk()).andExpect(view().name(NoteFormController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "recipientAreaIds", "typeMismatch"));
        MvcResult refused = mvc.perform(post("/arenas/" + arena + "/notes").with(user("lasaren").roles("READER")).with(csrf())
                        .param("heldOn", yesterday.plusDays(5).toString()).param("learned", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "note.heldOn.future"))
                .andExpect(model().attributeHasFieldErrorCode("form", "learned", "note.learned.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "attendeePersonIds", "note.attendees.required"))
                .andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Mötet kan inte ha hållits i framtiden.",
                "Skriv vad vi lärde oss eller vad som diskuterades.", "id=\"learned-error\"");
        assertThat(notesOfArena()).as("nothing stored").isZero();

        mvc.perform(post("/arenas/" + arena + "/notes").with(user("lasaren").roles("READER")).with(csrf())
                        .param("heldOn", yesterday.toString()).param("attendeePersonIds", String.valueOf(official))
                        .param("learned", "Vi lärde oss något").param("recipientPersonIds", String.valueOf(elected)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/notes/*"));
        assertThat(notesOfArena()).isEqualTo(1);
    }

    @Test
    void thePublicSeesPublicNotesOnlyAndOfficialsByRole() throws Exception {
        long internal = notes.create(arena, form("Intern lärdom"));
        long published = notes.create(arena, form("Offentlig lärdom"));
        notes.markPublic(published, notes.note(published).version());

        String anonymousArena = mvc.perform(get("/arenas/" + arena)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(anonymousArena).contains("Offentlig lärdom", "/notes/" + published).doesNotContain("Intern lärdom", "Ny anteckning");
        String internalArena = mvc.perform(get("/arenas/" + arena).with(user("lasaren").roles("READER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(internalArena).contains("Offentlig lärdom", "Intern lärdom", "Ny anteckning");

        String page = mvc.perform(get("/notes/" + published)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Offentlig lärdom", electedName, "Strateg").doesNotContain(officialName, "Vem behöver veta", "Ändra");
        mvc.perform(get("/notes/" + internal).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/notes/" + internal).with(user("lasaren").roles("READER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(officialName, "Vem behöver veta", electedName);

        mvc.perform(get("/api/v1/notes/" + internal)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/notes/" + published)).andExpect(status().isOk())
                .andExpect(jsonPath("$.learned").value("Offentlig lärdom")).andExpect(jsonPath("$.recipientPeople").isEmpty())
                .andExpect(jsonPath("$.createdBy").doesNotExist());
        mvc.perform(get("/api/v1/arenas/" + arena + "/notes")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(published));
        mvc.perform(get("/api/v1/arenas/" + arena + "/notes").with(user("lasaren").roles("READER")))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/v1/arenas/0/notes")).andExpect(status().isNotFound());
    }

    @Test
    void someoneWhoMayNotChangeANoteIsRefusedAndTheAuthorDeletesAfterConfirming() throws Exception {
        long id = notes.create(arena, form("Att ta bort"));
        long version = notes.note(id).version();
        mvc.perform(get("/notes/" + id + "/edit").with(user("nagonannan").roles("READER")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(post("/notes/" + id + "/delete").with(user("nagonannan").roles("READER")).with(csrf())
                .param("version", String.valueOf(version)).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        mvc.perform(post("/notes/" + id + "/public").with(user("nagonannan").roles("READER")).with(csrf())
                .param("public", "true").param("version", String.valueOf(version)).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        assertThat(notesOfArena()).isEqualTo(1);

        mvc.perform(post("/notes/" + id + "/delete").with(user("samordnaren").roles("COORDINATOR")).with(csrf())
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/notes/" + id))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error", "note.conflict"));
        assertThat(notesOfArena()).as("a stale delete deletes nothing").isEqualTo(1);
        mvc.perform(get("/notes/" + id + "/delete").with(user("samordnaren").roles("COORDINATOR")))
                .andExpect(status().isOk()).andExpect(view().name(NoteController.DELETE_VIEW));
        mvc.perform(post("/notes/" + id + "/delete").with(user("samordnaren").roles("COORDINATOR")).with(csrf())
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        assertThat(notesOfArena()).isZero();
    }

    @Test
    void aReportBackAtAMeetingLinksToANoteOfItsArena() throws Exception {
        long id = notes.create(arena, form("Lärdom att återrapportera"));
        long other = fixtures.arena("Annan arena", false, null, null, null);
        long committee = decisions.createCommittee(PeopleFixtures.unique("Anteckningsnämnden"), "AN" + (char) ('A' + (int) (Math.random() * 26))
                + (char) ('A' + (int) (Math.random() * 26)) + (char) ('A' + (int) (Math.random() * 26))).id();
        long meeting = meetings.schedule(new MeetingForm(committee, LocalDate.now(clock), null));

        mvc.perform(post("/meetings/" + meeting + "/report-backs").with(user("samordnaren").roles("COORDINATOR")).with(csrf())
                        .param("meetingId", String.valueOf(meeting)).param("reporter", "Rapportören").param("arenaId", String.valueOf(other))
                        .param("noteId", String.valueOf(id)).param("text", "Rapport"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "noteId", "reportBack.note.otherArena"));
        mvc.perform(post("/meetings/" + meeting + "/report-backs").with(user("samordnaren").roles("COORDINATOR")).with(csrf())
                        .param("meetingId", String.valueOf(meeting)).param("reporter", "Rapportören").param("arenaId", String.valueOf(arena))
                        .param("noteId", String.valueOf(id)).param("text", "Rapport"))
                .andExpect(status().is3xxRedirection());

        String internal = mvc.perform(get("/meetings/" + meeting).with(user("samordnaren").roles("COORDINATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(internal).contains("href=\"/notes/" + id + "\"", "Lärdom att återrapportera");
        assertThat(mvc.perform(get("/meetings/" + meeting)).andReturn().getResponse().getContentAsString())
                .as("the public gets no link to an internal note").doesNotContain("href=\"/notes/" + id + "\"");
    }

    private NoteForm form(String learned) {
        return new NoteForm(yesterday, Set.of(official, elected), "Extern gäst", "Diskussion", "", learned, Set.of(elected), Set.of(), null);
    }

    private long notesOfArena() {
        return jdbc.sql("SELECT count(*) FROM note WHERE arena_id = :a").param("a", arena).query(Long.class).single();
    }
}
