package se.arenaregister.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.governance.Governance;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.PersonQueries.AppointmentRow;
import se.arenaregister.person.PersonQueries.PersonRow;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.Role;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.WebSliceConfiguration;

/** The appointment forms alone: which view, which field errors, where it redirects. Services are mocked. */
@WebMvcTest(AppointmentController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class AppointmentControllerTest {

    static final PersonRow ANNA = person(3L, "Anna Andersson", false);
    static final PersonRow ERASED = person(4L, "Borttagen person", true);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Appointments appointments;
    @MockitoBean
    PersonQueries people;
    @MockitoBean
    ArenaQueries arenas;
    @MockitoBean
    Governance governance;

    @BeforeEach
    void choices() {
        given(arenas.find(5L)).willReturn(Optional.of(arena(5L, "Regionens samverkansråd")));
        given(people.people(any(), anyBoolean())).willReturn(List.of(ANNA, ERASED));
        given(governance.decisions()).willReturn(List.of());
        given(governance.terms()).willReturn(List.of());
    }

    @Test
    void offersANewAppointmentStartingTodayWithoutErasedPeople() throws Exception {
        mvc.perform(get("/arenas/5/appointments/new"))
                .andExpect(status().isOk())
                .andExpect(view().name(AppointmentController.FORM_VIEW))
                .andExpect(model().attribute("form", AppointmentForm.forArena(5L, WebSliceConfiguration.TODAY)))
                .andExpect(model().attribute("people", List.of(ANNA)))
                .andExpect(model().attribute("roles", Role.values()))
                .andExpect(model().attribute("appointmentId", (Object) null));
    }

    @Test
    void appointsAndRedirectsToTheArenasComposition() throws Exception {
        mvc.perform(post("/appointments").with(csrf()).param("personId", "3").param("arenaId", "5").param("role", "VICE_CHAIR")
                        .param("startDate", "2023-01-01").param("endDate", "2026-12-31"))
                .andExpect(redirectedUrl("/arenas/5#composition-heading"))
                .andExpect(flash().attribute("message", "appointment.saved"));
        ArgumentCaptor<AppointmentForm> form = ArgumentCaptor.forClass(AppointmentForm.class);
        verify(appointments).appoint(form.capture());
        assertThat(form.getValue().role()).isEqualTo(Role.VICE_CHAIR);
        assertThat(form.getValue().startDate()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(form.getValue().personId()).isEqualTo(3L);
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndNeverCallsTheServiceOnBadInput() throws Exception {
        mvc.perform(post("/appointments").with(csrf()).param("arenaId", "5").param("role", "MEMBER"))
                .andExpect(view().name(AppointmentController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "personId", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "startDate", "NotNull"))
                .andExpect(model().attributeExists("arena", "people", "roles"));
        verify(appointments, never()).appoint(any());
    }

    @Test
    void putsTheServicesRejectionNextToThePerson() throws Exception {
        willThrow(InvalidInputException.of("personId", "appointment.person.notElected")).given(appointments).appoint(any());
        mvc.perform(post("/appointments").with(csrf()).param("personId", "3").param("arenaId", "5").param("role", "MEMBER")
                        .param("startDate", "2023-01-01"))
                .andExpect(view().name(AppointmentController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "personId", "appointment.person.notElected"));
    }

    @Test
    void answersAFormWithoutItsArenaWith400() throws Exception {
        mvc.perform(post("/appointments").with(csrf()).param("personId", "3").param("role", "MEMBER").param("startDate", "2023-01-01"))
                .andExpect(status().isBadRequest());
        verify(appointments, never()).appoint(any());
    }

    @Test
    void answersAnUnknownArenaWith404() throws Exception {
        given(arenas.find(77L)).willReturn(Optional.empty());
        mvc.perform(get("/arenas/77/appointments/new")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }

    @Test
    void updatesAndShowsAConflictByWhom() throws Exception {
        mvc.perform(post("/appointments/9").with(csrf()).param("personId", "3").param("arenaId", "5").param("role", "CHAIR")
                        .param("startDate", "2023-01-01").param("version", "2"))
                .andExpect(redirectedUrl("/arenas/5#composition-heading"));
        verify(appointments).update(eq(9L), argThat(f -> f.role() == Role.CHAIR && f.version() == 2L));

        willThrow(new EditConflictException(3, Map.of("role", "MEMBER"), "anna")).given(appointments).update(eq(9L), any());
        mvc.perform(post("/appointments/9").with(csrf()).param("personId", "3").param("arenaId", "5").param("role", "CHAIR")
                        .param("startDate", "2023-01-01").param("version", "2"))
                .andExpect(view().name(AppointmentController.FORM_VIEW))
                .andExpect(model().attribute("conflictBy", "anna"))
                .andExpect(model().attribute("appointmentId", 9L));
    }

    @Test
    void endsAnAppointmentOrSaysWhyNot() throws Exception {
        given(people.appointment(9L)).willReturn(Optional.of(appointment(9L, 5L)));
        mvc.perform(post("/appointments/9/end").with(csrf()).param("endDate", "2026-03-31"))
                .andExpect(redirectedUrl("/arenas/5#composition-heading"))
                .andExpect(flash().attribute("message", "appointment.ended"));
        verify(appointments).end(9L, LocalDate.of(2026, 3, 31));

        willThrow(InvalidInputException.of("endDate", "appointment.endDate.beforeStart")).given(appointments).end(anyLong(), any());
        mvc.perform(post("/appointments/9/end").with(csrf()).param("endDate", "2020-01-01"))
                .andExpect(redirectedUrl("/arenas/5#composition-heading"))
                .andExpect(flash().attribute("error", "appointment.endDate.beforeStart"));
    }

    @Test
    void answersEndingAnUnknownAppointmentWith404() throws Exception {
        given(people.appointment(anyLong())).willReturn(Optional.empty());
        mvc.perform(post("/appointments/9/end").with(csrf()).param("endDate", "2026-03-31")).andExpect(status().isNotFound());
        verify(appointments, never()).end(anyLong(), any());
    }

    static PersonRow person(long id, String name, boolean erased) {
        return new PersonRow(id, name, PersonKind.ELECTED, "S", "", null, "", "", false, erased, List.of(), 0, null, 0L);
    }

    static AppointmentRow appointment(long id, long arenaId) {
        return new AppointmentRow(id, 3L, "Anna Andersson", true, "S", arenaId, "Regionens samverkansråd", Role.MEMBER,
                LocalDate.of(2023, 1, 1), null, null, null, null, null, "", BigDecimal.ONE, false, 1L);
    }

    static ArenaRow arena(long id, String name) {
        return new ArenaRow(id, name, null, new ArenaRow.Ref(1L, "Infrastruktur"), null, List.of(), List.of(), List.of(), null, null,
                false, List.of(), "", "", List.of(), null, null, null, null, null, null, null, null, null, null, false, null, false, 1L, null, null, null, null, 0);
    }
}
