package se.arenaregister.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.Governance;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.security.UserNames;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.support.WebSliceConfiguration;

/** The person forms alone: which view, which field errors, where it redirects. Services are mocked. */
@WebMvcTest(PersonController.class)
@Import({WebSliceConfiguration.class, PersonForms.class})
@WithMockUser
class PersonControllerTest {

    static final Area AREA = new Area(1L, null, "Infrastruktur", "", 1, 0L);
    static final Committee RUN = new Committee(2L, "Regionala utvecklingsnämnden", "RUN", 0L);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PersonQueries queries;
    @MockitoBean
    People people;
    @MockitoBean
    Catalog catalog;
    @MockitoBean
    Governance governance;
    @MockitoBean
    UserNames accounts;

    @BeforeEach
    void choices() {
        given(catalog.areas()).willReturn(List.of(AREA));
        given(governance.committees()).willReturn(List.of(RUN));
    }

    @Test
    void showsAnEmptyNewFormWithItsChoices() throws Exception {
        mvc.perform(get("/people/new"))
                .andExpect(status().isOk())
                .andExpect(view().name(PersonController.FORM_VIEW))
                .andExpect(model().attribute("form", PersonForm.empty()))
                .andExpect(model().attribute("kinds", PersonKind.values()))
                .andExpect(model().attribute("areas", List.of(AREA)))
                .andExpect(model().attribute("committees", List.of(RUN)))
                .andExpect(model().attribute("personId", (Object) null));
    }

    @Test
    void createsAndRedirectsToTheNewPerson() throws Exception {
        given(people.create(any())).willReturn(17L);
        mvc.perform(post("/people").with(csrf()).param("name", "Anna Andersson").param("kind", "ELECTED").param("party", "S")
                        .param("areaId", "1").param("committeeIds", "2").param("phone", "063-14 30 00"))
                .andExpect(redirectedUrl("/people/17"))
                .andExpect(flash().attribute("message", "person.saved"));
        ArgumentCaptor<PersonForm> form = ArgumentCaptor.forClass(PersonForm.class);
        verify(people).create(form.capture());
        assertThat(form.getValue().name()).isEqualTo("Anna Andersson");
        assertThat(form.getValue().committeeIds()).isEqualTo(Set.of(2L));
        assertThat(form.getValue().example()).isFalse();
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndNeverCallsTheServiceOnBadInput() throws Exception {
        mvc.perform(post("/people").with(csrf()).param("name", "").param("kind", "ELECTED").param("email", "inte en adress")
                        .param("phone", "ring mig"))
                .andExpect(view().name(PersonController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"))
                .andExpect(model().attributeHasFieldErrorCode("form", "phone", "Pattern"))
                .andExpect(model().attribute("areas", List.of(AREA)));
        verify(people, never()).create(any());
    }

    @Test
    void putsTheServicesRejectionNextToItsField() throws Exception {
        willThrow(InvalidInputException.of("areaId", "arena.area.unknown")).given(people).create(any());
        mvc.perform(post("/people").with(csrf()).param("name", "Anna Andersson").param("kind", "ELECTED").param("areaId", "99"))
                .andExpect(view().name(PersonController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "areaId", "arena.area.unknown"));
    }

    @Test
    void showsTheStoredPersonInTheEditForm() throws Exception {
        var stored = new PersonForm("Bo Berg", PersonKind.OFFICIAL, "", "Utvecklingsstrateg", 1L, "bo@rjh.se", "", Set.of(), false, 4L);
        given(people.formFor(8L)).willReturn(stored);
        mvc.perform(get("/people/8/edit"))
                .andExpect(view().name(PersonController.FORM_VIEW))
                .andExpect(model().attribute("form", stored))
                .andExpect(model().attribute("personId", 8L));
    }

    @Test
    void updatesWithTheSubmittedVersion() throws Exception {
        mvc.perform(post("/people/8").with(csrf()).param("name", "Bo Berg").param("kind", "OFFICIAL").param("version", "4"))
                .andExpect(redirectedUrl("/people/8"));
        verify(people).update(eq(8L), argThat(f -> f.kind() == PersonKind.OFFICIAL && f.version() == 4L));
    }

    @Test
    void showsAConflictWithTheStoredValues() throws Exception {
        willThrow(new EditConflictException(5, Map.of("name", "Bo Berg", "title", "Enhetschef"), "anna"))
                .given(people).update(eq(8L), any());
        mvc.perform(post("/people/8").with(csrf()).param("name", "Bo Berg").param("kind", "OFFICIAL").param("title", "Strateg")
                        .param("version", "4"))
                .andExpect(view().name(PersonController.FORM_VIEW))
                .andExpect(model().attribute("conflict", Map.of("title", "Enhetschef")))
                .andExpect(model().attribute("conflictBy", "anna"))
                .andExpect(result -> assertThat(((PersonForm) result.getModelAndView().getModel().get("form")).version()).isEqualTo(5L));
    }

    @Test
    void answersAMissingPersonWith404() throws Exception {
        given(people.formFor(anyLong())).willThrow(new NotFoundException("person", 9L));
        mvc.perform(get("/people/9/edit")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }
}
