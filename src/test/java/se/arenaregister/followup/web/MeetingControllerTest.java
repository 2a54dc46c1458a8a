package se.arenaregister.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
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
import se.arenaregister.followup.FollowUpQueries.MeetingRow;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.followup.MeetingForm;
import se.arenaregister.followup.Meetings;
import se.arenaregister.followup.ReportBackForm;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.Governance;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.PersonQueries.PersonRow;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.WebSliceConfiguration;

/** Scheduling meetings and recording report-backs on a meeting's page, the controller alone. Services are mocked. */
@WebMvcTest(MeetingController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class MeetingControllerTest {

    static final Committee RUN = new Committee(2L, "Regionala utvecklingsnämnden", "RUN", 0L);
    static final MeetingRow MEETING = new MeetingRow(4L, "RUN", LocalDate.of(2026, 4, 15), "Budget", 0, 0);
    static final PersonRow ANNA = new PersonRow(3L, "Anna Andersson", PersonKind.ELECTED, "S", "", null, "", "", false, false,
            List.of(), 0, null, 0L);
    static final PersonRow ERASED = new PersonRow(5L, "Borttagen person", PersonKind.ELECTED, "", "", null, "", "", false, true,
            List.of(), 0, null, 0L);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    se.arenaregister.notes.NoteQueries notes;
    @MockitoBean
    Meetings meetings;
    @MockitoBean
    FollowUpQueries queries;
    @MockitoBean
    Governance governance;
    @MockitoBean
    ArenaQueries arenas;
    @MockitoBean
    PersonQueries people;

    @BeforeEach
    void data() {
        given(governance.committees()).willReturn(List.of(RUN));
        given(queries.meeting(4L)).willReturn(Optional.of(MEETING));
        given(people.people(any(), anyBoolean())).willReturn(List.of(ANNA, ERASED));
        given(arenas.list(any())).willReturn(List.of());
    }

    @Test
    void showsAnEmptyMeetingForm() throws Exception {
        mvc.perform(get("/meetings/new"))
                .andExpect(status().isOk())
                .andExpect(view().name(MeetingController.FORM_VIEW))
                .andExpect(model().attribute("form", new MeetingForm(null, null, "")))
                .andExpect(model().attribute("committees", List.of(RUN)));
    }

    @Test
    void schedulesAndRedirectsToTheNewMeeting() throws Exception {
        given(meetings.schedule(any())).willReturn(4L);
        mvc.perform(post("/meetings").with(csrf()).param("committeeId", "2").param("meetsOn", "2026-04-15").param("agendaNote", "Budget"))
                .andExpect(redirectedUrl("/meetings/4"))
                .andExpect(flash().attribute("message", "meeting.saved"));
        verify(meetings).schedule(new MeetingForm(2L, LocalDate.of(2026, 4, 15), "Budget"));
    }

    @Test
    void reShowsTheMeetingFormWithFieldErrorsOrTheServicesRejection() throws Exception {
        mvc.perform(post("/meetings").with(csrf()).param("meetsOn", "den femte"))
                .andExpect(view().name(MeetingController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "meetsOn", "typeMismatch"))
                .andExpect(model().attribute("committees", List.of(RUN)));
        mvc.perform(post("/meetings").with(csrf()).param("agendaNote", "Budget"))
                .andExpect(model().attributeHasFieldErrorCode("form", "committeeId", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "meetsOn", "NotNull"));
        verify(meetings, never()).schedule(any());

        willThrow(InvalidInputException.of("meetsOn", "meeting.duplicate")).given(meetings).schedule(any());
        mvc.perform(post("/meetings").with(csrf()).param("committeeId", "2").param("meetsOn", "2026-04-15"))
                .andExpect(view().name(MeetingController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "meetsOn", "meeting.duplicate"));
    }

    @Test
    void showsTheMeetingWithAnEmptyReportBackFormAndWithoutErasedPeople() throws Exception {
        mvc.perform(get("/meetings/4"))
                .andExpect(status().isOk())
                .andExpect(view().name(MeetingController.DETAIL_VIEW))
                .andExpect(model().attribute("meeting", MEETING))
                .andExpect(model().attribute("form", new ReportBackForm(4L, null, "", null, null, "")))
                .andExpect(model().attribute("people", List.of(ANNA)))
                .andExpect(model().attributeExists("due", "expected", "reports", "arenas"));
        verify(queries).dueAt(4L, MEETING.meetsOn(), WebSliceConfiguration.TODAY, true);
    }

    @Test
    void recordsAReportBackAndRedirectsToTheMeetingsReports() throws Exception {
        mvc.perform(post("/meetings/4/report-backs").with(csrf()).param("meetingId", "4").param("personId", "3")
                        .param("arenaId", "8").param("text", "Rådet har antagit sin strategi."))
                .andExpect(redirectedUrl("/meetings/4#reports-heading"))
                .andExpect(flash().attribute("message", "reportBack.saved"));
        ArgumentCaptor<ReportBackForm> form = ArgumentCaptor.forClass(ReportBackForm.class);
        verify(meetings).reportBack(form.capture());
        assertThat(form.getValue().meetingId()).isEqualTo(4L);
        assertThat(form.getValue().personId()).isEqualTo(3L);
        assertThat(form.getValue().arenaId()).isEqualTo(8L);
    }

    @Test
    void aReportBackIsRecordedAtTheMeetingInTheAddressWhateverTheHiddenFieldSays() throws Exception {
        mvc.perform(post("/meetings/4/report-backs").with(csrf()).param("meetingId", "5").param("personId", "3")
                        .param("text", "Rådet har antagit sin strategi."))
                .andExpect(redirectedUrl("/meetings/4#reports-heading"));
        ArgumentCaptor<ReportBackForm> form = ArgumentCaptor.forClass(ReportBackForm.class);
        verify(meetings).reportBack(form.capture());
        assertThat(form.getValue().meetingId()).isEqualTo(4L);
    }

    @Test
    void reShowsTheMeetingPageWithTheReportBacksFieldErrors() throws Exception {
        mvc.perform(post("/meetings/4/report-backs").with(csrf()).param("meetingId", "4").param("text", " "))
                .andExpect(view().name(MeetingController.DETAIL_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "text", "NotBlank"))
                .andExpect(model().attribute("meeting", MEETING));
        verify(meetings, never()).reportBack(any());

        willThrow(new InvalidInputException(List.of(new InvalidInputException.Rejection("personId", "reportBack.reporter.required"),
                new InvalidInputException.Rejection("arenaId", "reportBack.subject.required"))))
                .given(meetings).reportBack(argThat(f -> f.personId() == null));
        mvc.perform(post("/meetings/4/report-backs").with(csrf()).param("meetingId", "4").param("text", "Något"))
                .andExpect(view().name(MeetingController.DETAIL_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "personId", "reportBack.reporter.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "arenaId", "reportBack.subject.required"));
    }

    @Test
    void answersAnUnknownMeetingWith404() throws Exception {
        given(queries.meeting(anyLong())).willReturn(Optional.empty());
        mvc.perform(get("/meetings/9")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }
}
