package se.arenaregister.arena.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.WebSliceConfiguration;

/** The controller alone: which view, which field errors, where it redirects. Services are mocked. */
@WebMvcTest({ArenaController.class, ArenaEditController.class, OrganisationSuggestionController.class})
@Import({WebSliceConfiguration.class, OrganisationFields.class})
@WithMockUser
class ArenaControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ArenaQueries queries;
    @MockitoBean
    RegisterPages pages;
    @MockitoBean
    ArenaService service;
    @MockitoBean
    ArenaFormOptions options;
    @MockitoBean
    AuditLog auditLog;
    @MockitoBean
    se.arenaregister.arena.ArenaRelations relations;
    @MockitoBean
    se.arenaregister.arena.Conveners conveners;

    @BeforeEach
    void options() {
        given(options.load()).willReturn(new ArenaFormOptions.Options(List.of(), List.of(), List.of(), List.of()));
        given(options.load(any())).willReturn(new ArenaFormOptions.Options(List.of(), List.of(), List.of(), List.of()));
        given(conveners.choose(any(), any())).willReturn(new se.arenaregister.arena.Conveners.Choice(null, "", 0));
        given(conveners.organisationNamed(any())).willReturn(new se.arenaregister.arena.Conveners.Choice(null, "", 0));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder validArena(String path) {
        return post(path).with(csrf()).param("name", "Forum").param("areaId", "1").param("types", "INFLUENCE")
                .param("levels", "POLITICAL").param("scope", "EU").param("status", "ACTIVE");
    }

    /** The convener and the members by name: names that choose an organisation are saved as its id, members added to those ticked. */
    @Test
    void savesTheConvenerAndMembersTypedByName() throws Exception {
        given(conveners.organisationNamed("trafikverket")).willReturn(new se.arenaregister.arena.Conveners.Choice(5L, "Trafikverket", 0));
        given(conveners.organisationNamed(" Region Norrbotten")).willReturn(new se.arenaregister.arena.Conveners.Choice(8L, "Region Norrbotten", 0));
        given(service.create(any())).willReturn(42L);
        mvc.perform(validArena("/arenas").param("convenerName", "trafikverket").param("memberIds", "3")
                        .param("memberNames", "trafikverket; Region Norrbotten;"))
                .andExpect(redirectedUrl("/arenas/42"));
        org.mockito.ArgumentCaptor<ArenaForm> saved = org.mockito.ArgumentCaptor.forClass(ArenaForm.class);
        verify(service).create(saved.capture());
        org.assertj.core.api.Assertions.assertThat(saved.getValue().convenerId()).isEqualTo(5L);
        org.assertj.core.api.Assertions.assertThat(saved.getValue().memberIds()).containsExactlyInAnyOrder(3L, 5L, 8L);
    }

    /** A name that chooses none is an error next to its field, with what was typed kept; nothing is saved. */
    @Test
    void refusesNamesThatChooseNoOrganisationNextToTheirFields() throws Exception {
        given(conveners.organisationNamed("Region")).willReturn(new se.arenaregister.arena.Conveners.Choice(null, "Region", 7));
        given(conveners.organisationNamed("Ingen sådan")).willReturn(new se.arenaregister.arena.Conveners.Choice(null, "Ingen sådan", 0));
        mvc.perform(validArena("/arenas").param("convenerName", "Region").param("memberNames", "Ingen sådan"))
                .andExpect(view().name(ArenaEditController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "convenerId", "arena.convener.several"))
                .andExpect(model().attributeHasFieldErrorCode("form", "memberIds", "arena.member.unknown"))
                .andExpect(model().attribute("convenerName", "Region"))
                .andExpect(model().attribute("memberNames", "Ingen sådan"));
        verify(service, never()).create(any());
    }

    /** A member id of the wrong type, or too many names at once: errors next to the field, never a server error. */
    @Test
    void refusesAMemberOfTheWrongTypeAndTooManyNamesAtOnce() throws Exception {
        given(conveners.organisationNamed("y")).willReturn(new se.arenaregister.arena.Conveners.Choice(null, "y", 0));
        mvc.perform(validArena("/arenas").param("memberIds", "NaN").param("convenerName", "x").param("memberNames", "y"))
                .andExpect(status().isOk())
                .andExpect(view().name(ArenaEditController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "memberIds", "typeMismatch"))
                .andExpect(model().attribute("memberNames", "y"));
        mvc.perform(validArena("/arenas").param("memberNames", "a;".repeat(OrganisationFields.MOST_NAMES + 1)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "memberIds", "arena.member.tooMany"));
        verify(conveners, never()).organisationNamed("a");
        verify(service, never()).create(any());
    }

    /** Without the text fields (a client that posts the ids), the ids posted are kept. */
    @Test
    void keepsPostedIdsWithoutTheNameFields() throws Exception {
        given(service.create(any())).willReturn(42L);
        mvc.perform(validArena("/arenas").param("convenerId", "9").param("memberIds", "4")).andExpect(redirectedUrl("/arenas/42"));
        org.mockito.ArgumentCaptor<ArenaForm> saved = org.mockito.ArgumentCaptor.forClass(ArenaForm.class);
        verify(service).create(saved.capture());
        org.assertj.core.api.Assertions.assertThat(saved.getValue().convenerId()).isEqualTo(9L);
        org.assertj.core.api.Assertions.assertThat(saved.getValue().memberIds()).containsExactly(4L);
    }

    /** The members field's suggestions keep the names typed before the last semicolon, as a datalist fills the whole field. */
    @Test
    void suggestsMembersAfterTheNamesAlreadyTyped() throws Exception {
        given(conveners.organisations(" Tra")).willReturn(List.of(new se.arenaregister.arena.Conveners.Convener(5, "Trafikverket")));
        given(conveners.organisations("Tra")).willReturn(List.of(new se.arenaregister.arena.Conveners.Convener(5, "Trafikverket")));
        mvc.perform(get("/arenas/organisations").param("memberNames", "Region Norrbotten; Tra"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("<option value=\"Region Norrbotten; Trafikverket\" label=\"Trafikverket\">")));
        mvc.perform(get("/arenas/organisations").param("convenerName", "Tra"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("<option value=\"Trafikverket\">")));
    }

    @Test
    void listsTheRegister() throws Exception {
        given(pages.of(any(), any(), org.mockito.ArgumentMatchers.eq(true)))
                .willReturn(new se.arenaregister.arena.ArenaPage(List.of(), 0, 0, 0, List.of(), List.of(), null));
        mvc.perform(get("/arenas")).andExpect(status().isOk()).andExpect(view().name(ArenaController.LIST_VIEW))
                .andExpect(model().attributeExists("groups", "activeFilter", "options"));
    }

    @Test
    void showsTheNewForm() throws Exception {
        mvc.perform(get("/arenas/new")).andExpect(view().name(ArenaEditController.FORM_VIEW)).andExpect(model().attributeExists("form"));
    }

    @Test
    void createsAndRedirectsToTheNewArena() throws Exception {
        given(service.create(any())).willReturn(42L);
        mvc.perform(post("/arenas").with(csrf()).param("name", "Nytt forum").param("areaId", "1").param("types", "INFLUENCE")
                        .param("levels", "POLITICAL").param("scope", "EU").param("status", "ACTIVE"))
                .andExpect(redirectedUrl("/arenas/42"));
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndNeverCallsTheServiceOnBadInput() throws Exception {
        mvc.perform(post("/arenas").with(csrf()).param("name", "").param("scope", "EU").param("status", "ACTIVE"))
                .andExpect(view().name(ArenaEditController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "types", "NotEmpty"))
                .andExpect(model().attributeHasFieldErrorCode("form", "areaId", "NotNull"));
        verify(service, never()).create(any());
    }

    @Test
    void putsTheServicesRejectionsNextToTheirFields() throws Exception {
        willThrow(InvalidInputException.of("name", "arena.name.duplicate")).given(service).create(any());
        mvc.perform(post("/arenas").with(csrf()).param("name", "Flygrådet").param("areaId", "1").param("types", "INFLUENCE")
                        .param("levels", "POLITICAL").param("scope", "EU").param("status", "ACTIVE"))
                .andExpect(view().name(ArenaEditController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "arena.name.duplicate"));
    }

    @Test
    void showsAConflictWithTheStoredValues() throws Exception {
        willThrow(new EditConflictException(5, Map.of("purpose", "Annas syfte"), "anna")).given(service).update(eq(7L), any());
        given(service.snapshotOf(any())).willReturn(Map.of("purpose", "Mitt syfte"));
        mvc.perform(post("/arenas/7").with(csrf()).param("name", "Forum").param("areaId", "1").param("types", "INFLUENCE")
                        .param("levels", "POLITICAL").param("scope", "EU").param("status", "ACTIVE").param("version", "3"))
                .andExpect(view().name(ArenaEditController.FORM_VIEW))
                .andExpect(model().attribute("conflict", Map.of("purpose", "Annas syfte")))
                .andExpect(model().attribute("conflictBy", "anna"));
    }

    @Test
    void answersAMissingArenaWith404() throws Exception {
        given(queries.find(anyLong())).willReturn(Optional.empty());
        mvc.perform(get("/arenas/5")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }

    @Test
    void refusesToBindAnId() throws Exception {
        given(service.create(any())).willReturn(1L);
        mvc.perform(post("/arenas").with(csrf()).param("id", "99").param("name", "Forum").param("areaId", "1").param("types", "INFLUENCE")
                        .param("levels", "POLITICAL").param("scope", "EU").param("status", "ACTIVE"))
                .andExpect(redirectedUrl("/arenas/1"));
        verify(service).create(any(ArenaForm.class));
    }
}
