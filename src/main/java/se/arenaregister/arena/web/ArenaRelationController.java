package se.arenaregister.arena.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRelationForm;
import se.arenaregister.arena.ArenaRelations;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormErrors;

/** An arena's relations to other arenas: the list with a remove button each, and the form to add one. */
@Controller
class ArenaRelationController {

    static final String VIEW = "arena/relations";

    private final ArenaQueries queries;
    private final ArenaRelations relations;
    private final ArenaAccess access;

    ArenaRelationController(ArenaQueries queries, ArenaRelations relations, ArenaAccess access) {
        this.queries = queries;
        this.relations = relations;
        this.access = access;
    }

    @GetMapping("/arenas/{id}/relations")
    String page(@PathVariable long id, Model model) {
        access.requireEdit(id);
        model.addAttribute("form", ArenaRelationForm.empty());
        return render(id, model);
    }

    @PostMapping("/arenas/{id}/relations")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") ArenaRelationForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return render(id, model);
        }
        try {
            relations.relate(id, form);
            redirect.addFlashAttribute("message", "relation.added");
            return "redirect:/arenas/" + id + "/relations";
        } catch (InvalidInputException e) {
            FormErrors.addTo(result, e);
            return render(id, model);
        }
    }

    @PostMapping("/arenas/{id}/relations/{relationId}/delete")
    String remove(@PathVariable long id, @PathVariable long relationId, RedirectAttributes redirect) {
        relations.remove(id, relationId);
        redirect.addFlashAttribute("message", "relation.removed");
        return "redirect:/arenas/" + id + "/relations";
    }

    private String render(long id, Model model) {
        model.addAttribute("arena", queries.find(id).orElseThrow(() -> new NotFoundException("arena", id)));
        model.addAttribute("relations", relations.of(id));
        model.addAttribute("arenas", queries.list(ArenaFilter.none()).stream().filter(a -> a.id() != id).toList());
        model.addAttribute("relationChoices", ArenaRelationForm.Relation.values());
        return VIEW;
    }
}
