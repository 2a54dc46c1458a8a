package se.arenaregister.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.RelatedArenas;
import se.arenaregister.catalog.TopicForm;
import se.arenaregister.catalog.internal.TopicRepository;
import se.arenaregister.shared.web.FormFlow;

/** Topics: the list, a page with the topic's arenas by level, and the forms. */
@Controller
class TopicController {

    static final String LIST_VIEW = "catalog/topics";
    static final String DETAIL_VIEW = "catalog/topic";
    static final String FORM_VIEW = "catalog/topic-form";
    /** Level codes in the order the memo discusses them: political, senior official, official. */
    static final List<String> LEVELS = List.of("POLITICAL", "SENIOR_OFFICIAL", "OFFICIAL");

    private final TopicRepository topics;
    private final CatalogService service;
    private final RelatedArenas related;

    TopicController(TopicRepository topics, CatalogService service, RelatedArenas related) {
        this.topics = topics;
        this.service = service;
        this.related = related;
    }

    @GetMapping("/topics")
    String list(Model model) {
        model.addAttribute("topics", topics.findAllByOrderByName());
        return LIST_VIEW;
    }

    @GetMapping("/topics/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("topic", service.topic(id));
        model.addAttribute("byLevel", byLevel(related.handlingTopic(id)));
        return DETAIL_VIEW;
    }

    /** Each level with the arenas at that level; an arena at two levels is listed under both. */
    static Map<String, List<RelatedArenas.ArenaLink>> byLevel(List<RelatedArenas.ArenaLink> arenas) {
        Map<String, List<RelatedArenas.ArenaLink>> byLevel = new LinkedHashMap<>();
        for (String level : LEVELS) {
            byLevel.put(level, arenas.stream().filter(a -> a.levels().contains(level)).toList());
        }
        return byLevel;
    }

    @GetMapping("/topics/new")
    String createForm(Model model) {
        model.addAttribute("form", TopicForm.empty());
        return form(model, null);
    }

    @PostMapping("/topics")
    String create(@Valid @ModelAttribute("form") TopicForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long id = service.createTopic(form).id();
            redirect.addFlashAttribute("message", "catalog.saved");
            return "redirect:/topics/" + id;
        }, () -> form(model, null));
    }

    @GetMapping("/topics/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", TopicForm.of(service.topic(id)));
        return form(model, id);
    }

    @PostMapping("/topics/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") TopicForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            service.updateTopic(id, form);
            redirect.addFlashAttribute("message", "catalog.saved");
            return "redirect:/topics/" + id;
        }, form::withVersion, () -> form(model, id));
    }

    private String form(Model model, Long id) {
        model.addAttribute("topicId", id);
        return FORM_VIEW;
    }
}
