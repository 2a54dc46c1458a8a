package se.arenaregister.catalog.web;

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

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.RelatedArenas;
import se.arenaregister.catalog.Topic;
import se.arenaregister.catalog.TopicForm;
import se.arenaregister.catalog.internal.TopicRepository;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.support.WebSliceConfiguration;

/** The topic forms alone: which view, which field errors, where it redirects. Services are mocked. */
@WebMvcTest(TopicController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class TopicControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    TopicRepository topics;
    @MockitoBean
    CatalogService service;
    @MockitoBean
    RelatedArenas related;

    @Test
    void showsAnEmptyNewForm() throws Exception {
        mvc.perform(get("/topics/new"))
                .andExpect(status().isOk())
                .andExpect(view().name(TopicController.FORM_VIEW))
                .andExpect(model().attribute("form", TopicForm.empty()))
                .andExpect(model().attribute("topicId", (Object) null));
    }

    @Test
    void showsTheStoredTopicInTheEditForm() throws Exception {
        given(service.topic(5L)).willReturn(new Topic(5L, "Bredband", "Utbyggnad", 2L));
        mvc.perform(get("/topics/5/edit"))
                .andExpect(view().name(TopicController.FORM_VIEW))
                .andExpect(model().attribute("form", new TopicForm("Bredband", "Utbyggnad", 2L)))
                .andExpect(model().attribute("topicId", 5L));
    }

    @Test
    void createsAndRedirectsToTheNewTopic() throws Exception {
        given(service.createTopic(any())).willReturn(new Topic(12L, "Vätgas", "", 0L));
        mvc.perform(post("/topics").with(csrf()).param("name", "Vätgas").param("description", "Tankställen"))
                .andExpect(redirectedUrl("/topics/12"))
                .andExpect(flash().attribute("message", "catalog.saved"));
        verify(service).createTopic(argThat(f -> f.name().equals("Vätgas") && f.description().equals("Tankställen")));
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndNeverCallsTheServiceOnBadInput() throws Exception {
        mvc.perform(post("/topics").with(csrf()).param("name", " ").param("description", "x".repeat(4001)))
                .andExpect(view().name(TopicController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "description", "Size"));
        verify(service, never()).createTopic(any());
    }

    @Test
    void putsADuplicateNameNextToTheName() throws Exception {
        willThrow(InvalidInputException.of("name", "name.duplicate")).given(service).createTopic(any());
        mvc.perform(post("/topics").with(csrf()).param("name", "Bredband"))
                .andExpect(view().name(TopicController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "name.duplicate"));
    }

    @Test
    void updatesAndRedirectsToTheTopic() throws Exception {
        mvc.perform(post("/topics/5").with(csrf()).param("name", "Bredband").param("version", "2"))
                .andExpect(redirectedUrl("/topics/5"));
        verify(service).updateTopic(eq(5L), argThat(f -> f.name().equals("Bredband") && f.version() == 2L));
    }

    @Test
    void showsOnlyTheDifferingFieldsAsTheConflict() throws Exception {
        willThrow(new EditConflictException(3, Map.of("name", "Konfliktfråga", "description", "Annas text"), "anna"))
                .given(service).updateTopic(eq(5L), any());
        mvc.perform(post("/topics/5").with(csrf()).param("name", "Konfliktfråga").param("description", "Bos text").param("version", "2"))
                .andExpect(view().name(TopicController.FORM_VIEW))
                .andExpect(model().attribute("conflict", Map.of("description", "Annas text")))
                .andExpect(model().attribute("conflictBy", "anna"))
                .andExpect(model().attribute("form", new TopicForm("Konfliktfråga", "Bos text", 3L)));
    }

    @Test
    void answersAMissingTopicWith404() throws Exception {
        given(service.topic(anyLong())).willThrow(new NotFoundException("topic", 9L));
        mvc.perform(get("/topics/9/edit")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }
}
