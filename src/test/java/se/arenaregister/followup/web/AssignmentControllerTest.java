package se.arenaregister.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
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

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.followup.AssignmentForm;
import se.arenaregister.followup.Assignments;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.governance.Governance;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.WebSliceConfiguration;

/** Giving assignments from decisions and closing them, the controller alone. Services are mocked. */
@WebMvcTest(AssignmentController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class AssignmentControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Assignments assignments;
    @MockitoBean
    FollowUpQueries queries;
    @MockitoBean
    Governance governance;
    @MockitoBean
    PersonQueries people;

    @BeforeEach
    void choices() {
        given(governance.decisions()).willReturn(List.of());
        given(queries.meetings()).willReturn(List.of(MeetingControllerTest.MEETING));
        given(people.people(any(), anyBoolean())).willReturn(List.of(MeetingControllerTest.ANNA, MeetingControllerTest.ERASED));
    }

    @Test
    void showsANewFormForTheDecisionAskedForWithoutErasedPeople() throws Exception {
        mvc.perform(get("/assignments/new").param("decision", "7"))
                .andExpect(status().isOk())
                .andExpect(view().name(AssignmentController.FORM_VIEW))
                .andExpect(model().attribute("form", new AssignmentForm(7L, "", null, "", null, null)))
                .andExpect(model().attribute("meetings", List.of(MeetingControllerTest.MEETING)))
                .andExpect(model().attribute("people", List.of(MeetingControllerTest.ANNA)));
    }

    @Test
    void givesTheAssignmentAndRedirectsToItInTheList() throws Exception {
        given(assignments.give(any())).willReturn(21L);
        mvc.perform(post("/assignments").with(csrf()).param("decisionId", "7").param("assigneeRole", "Regiondirektören")
                        .param("description", "Utred deltagandet").param("reportDueOn", "2026-06-30"))
                .andExpect(redirectedUrl("/assignments#assignment-21"))
                .andExpect(flash().attribute("message", "assignment.saved"));
        ArgumentCaptor<AssignmentForm> form = ArgumentCaptor.forClass(AssignmentForm.class);
        verify(assignments).give(form.capture());
        assertThat(form.getValue().assigneeRole()).isEqualTo("Regiondirektören");
        assertThat(form.getValue().reportDueOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(form.getValue().decisionId()).isEqualTo(7L);
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndNeverCallsTheServiceOnBadInput() throws Exception {
        mvc.perform(post("/assignments").with(csrf()).param("description", ""))
                .andExpect(view().name(AssignmentController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "decisionId", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "description", "NotBlank"))
                .andExpect(model().attributeExists("decisions", "meetings", "people"));
        verify(assignments, never()).give(any());
    }

    @Test
    void putsTheServicesRejectionsNextToTheirFields() throws Exception {
        willThrow(new InvalidInputException(List.of(new InvalidInputException.Rejection("assigneeRole", "assignment.assignee.required"),
                new InvalidInputException.Rejection("reportDueOn", "assignment.reportBeforeDecision"))))
                .given(assignments).give(any());
        mvc.perform(post("/assignments").with(csrf()).param("decisionId", "7").param("description", "Uppdrag").param("reportDueOn", "2020-01-01"))
                .andExpect(view().name(AssignmentController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "assigneeRole", "assignment.assignee.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "reportDueOn", "assignment.reportBeforeDecision"));
    }

    @Test
    void closesAnAssignmentOrSaysItWasClosedAlready() throws Exception {
        mvc.perform(post("/assignments/21/close").with(csrf()))
                .andExpect(redirectedUrl("/assignments#assignment-21"))
                .andExpect(flash().attribute("message", "assignment.closedDone"));
        verify(assignments).close(21L);

        willThrow(InvalidInputException.of("status", "assignment.closed")).given(assignments).close(22L);
        mvc.perform(post("/assignments/22/close").with(csrf()))
                .andExpect(redirectedUrl("/assignments#assignment-22"))
                .andExpect(flash().attribute("error", "assignment.closed"))
                .andExpect(flash().attribute("message", (Object) null));
    }
}
