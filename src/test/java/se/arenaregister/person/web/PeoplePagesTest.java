package se.arenaregister.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.Role;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/** People, appointments, decisions and GDPR through the web and the API. */
@IntegrationTest
class PeoplePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void appointsThroughTheFormAndShowsItOnBothPages() throws Exception {
        long arena = fixtures.arena("Webbarena", false, 6, "2", "1.5");
        long person = fixtures.elected("Exempel Webb", "KD");
        mvc.perform(get("/arenas/" + arena + "/appointments/new").with(user("editor").roles("COORDINATOR")))
                .andExpect(view().name(AppointmentController.FORM_VIEW));
        mvc.perform(post("/appointments").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("personId", String.valueOf(person)).param("arenaId", String.valueOf(arena))
                        .param("role", "MEMBER").param("startDate", "2023-01-01"))
                .andExpect(status().is3xxRedirection());
        // 6 meetings × 2 hours × 1.5 = 18 hours per year.
        mvc.perform(get("/arenas/" + arena).param("date", "2024-05-01"))
                .andExpect(content().string(containsString("Exempel Webb")))
                .andExpect(content().string(containsString("Ledamot")));
        mvc.perform(get("/people/" + person).with(user("editor").roles("COORDINATOR")))
                .andExpect(view().name(PersonController.DETAIL_VIEW))
                .andExpect(content().string(containsString("Webbarena")))
                .andExpect(content().string(containsString("18,0 timmar per år")));
    }

    @Test
    void refusesBadAppointmentsWithFieldMessages() throws Exception {
        long arena = fixtures.arena("Felarena", true, 6, "2", "1");
        long official = fixtures.official("Exempel Fel");
        mvc.perform(post("/appointments").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("personId", String.valueOf(official)).param("arenaId", String.valueOf(arena))
                        .param("role", "KING").param("startDate", "2023-01-01"))
                .andExpect(model().attributeHasFieldErrorCode("form", "role", "typeMismatch"))
                .andExpect(content().string(containsString("Okänd roll.")));
        mvc.perform(post("/appointments").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("personId", String.valueOf(official)).param("arenaId", String.valueOf(arena))
                        .param("role", "MEMBER").param("startDate", "2023-01-01"))
                .andExpect(model().attributeHasFieldErrorCode("form", "personId", "appointment.person.notElected"))
                .andExpect(content().string(containsString("Platsen kräver en förtroendevald.")));
        mvc.perform(post("/appointments").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("personId", String.valueOf(official)).param("arenaId", String.valueOf(arena))
                        .param("role", "OBSERVER").param("startDate", "2023-01-01").param("endDate", "2022-01-01"))
                .andExpect(model().attributeHasFieldErrorCode("form", "endDate", "appointment.endDate.beforeStart"));
    }

    @Test
    void refusesADecisionReferenceInAWrongFormat() throws Exception {
        long committee = fixtures.committee();
        mvc.perform(post("/decisions").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("committeeId", String.valueOf(committee)).param("reference", "run 78-2022")
                        .param("decidedOn", "2022-01-19").param("title", "Fel format"))
                .andExpect(model().attributeHasFieldErrorCode("form", "reference", "Pattern"))
                .andExpect(content().string(containsString("förkortning/nummer/år")));
    }

    @Test
    void refusesAnOwnershipShareOutside0To100() throws Exception {
        mvc.perform(post("/organisations").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("name", PeopleFixtures.unique("Bolag")).param("kind", "COMPANY").param("ownershipShare", "120"))
                .andExpect(model().attributeHasFieldErrorCode("form", "ownershipShare", "DecimalMax"));
        mvc.perform(post("/organisations").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("name", PeopleFixtures.unique("Bolag")).param("kind", "COMPANY").param("ownershipShare", "-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "ownershipShare", "DecimalMin"));
    }

    @Test
    void showsThePublicOnlyElectedRepresentatives() throws Exception {
        long official = fixtures.official("Exempel Dold");
        long elected = fixtures.elected("Exempel Synlig", "MP");
        mvc.perform(get("/people/" + official).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + elected)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people"))
                .andExpect(jsonPath("$[*].kind", everyItem(is("ELECTED"))))
                .andExpect(jsonPath("$[*].id", hasItem((int) elected)));
        mvc.perform(get("/api/v1/people").with(user("editor").roles("COORDINATOR")))
                .andExpect(jsonPath("$[*].id", hasItem((int) official)));
    }

    @Test
    void listsMembershipsOnADateWithPopoloFields() throws Exception {
        long arena = fixtures.arena("API-arena", false, 4, "2", "1");
        long person = fixtures.elected("Exempel Api", "S");
        appointments.appoint(new AppointmentForm(person, arena, Role.VICE_CHAIR, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31),
                null, null, null, null));
        mvc.perform(get("/api/v1/arenas/" + arena + "/memberships").param("date", "2024-01-01"))
                .andExpect(jsonPath("$[0].person", containsString("Exempel Api")))
                .andExpect(jsonPath("$[0].role", is("VICE_CHAIR")))
                .andExpect(jsonPath("$[0].start_date", is("2023-01-01")))
                .andExpect(jsonPath("$[0].end_date", is("2026-12-31")))
                .andExpect(jsonPath("$[0].on_behalf_of").isString());
        mvc.perform(get("/api/v1/arenas/" + arena + "/memberships").param("date", "2027-01-01"))
                .andExpect(jsonPath("$.length()", is(0)));
        mvc.perform(get("/api/v1/arenas/" + arena + "/memberships").param("date", "igår"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/decisions")).andExpect(status().isOk());
    }

    @Test
    void exportsAndErasesAPersonOnlyForCoordinatorsAndNeverByGet() throws Exception {
        long arena = fixtures.arena("GDPR-arena", false, 4, "2", "1");
        long person = fixtures.elected("Exempel Radera", "SD");
        appointments.appoint(new AppointmentForm(person, arena, Role.MEMBER, LocalDate.of(2023, 1, 1), null, null, null, null, null));
        String name = jdbc.sql("SELECT name FROM person WHERE id = :id").param("id", person).query(String.class).single();
        long version = jdbc.sql("SELECT version FROM person WHERE id = :id").param("id", person).query(Long.class).single();

        mvc.perform(get("/people/" + person + "/export").with(user("områdesredaktör").roles("AREA_EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/people/" + person + "/export").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(jsonPath("$.person.name", is(name)))
                .andExpect(jsonPath("$.appointments[0].arenaName", containsString("GDPR-arena")));

        mvc.perform(get("/people/" + person + "/erase").with(user("admin").roles("ADMIN")))
                .andExpect(view().name(PersonDataController.ERASE_VIEW));
        assertThat(nameOf(person)).isEqualTo(name);
        mvc.perform(post("/people/" + person + "/erase").with(user("områdesredaktör").roles("AREA_EDITOR")).with(csrf())
                .param("version", String.valueOf(version))
                .param("confirmed", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/people/" + person + "/erase").with(user("admin").roles("ADMIN")).with(csrf())
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        assertThat(nameOf(person)).as("not erased without confirmation").isEqualTo(name);

        mvc.perform(post("/people/" + person + "/erase").with(user("admin").roles("ADMIN")).with(csrf())
                .param("version", String.valueOf(version)).param("confirmed", "true")).andExpect(status().is3xxRedirection());
        assertThat(nameOf(person)).isEqualTo("Borttagen person");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE person_id = :id").param("id", person).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'person' AND entity_id = :id AND changes::text LIKE :name")
                .param("id", person).param("name", "%" + name + "%").query(Integer.class).single())
                .as("the audit log keeps no trace of the name").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'person' AND entity_id = :id AND action IN ('EXPORTED', 'ERASED')")
                .param("id", person).query(Integer.class).single()).isEqualTo(2);
        mvc.perform(get("/arenas/" + arena).param("date", "2024-01-01"))
                .andExpect(content().string(containsString("Borttagen person")))
                .andExpect(content().string(not(containsString(name))));
    }

    private String nameOf(long person) {
        return jdbc.sql("SELECT name FROM person WHERE id = :id").param("id", person).query(String.class).single();
    }
}
