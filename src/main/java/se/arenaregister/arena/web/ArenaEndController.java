package se.arenaregister.arena.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.EndDateForm;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormErrors;

/**
 * An arena's end date has passed or is near: confirm that it has ended, or extend it. The dashboard posts here; a
 * refused extension is shown on this page, next to the date.
 */
@Controller
class ArenaEndController {

    static final String VIEW = "arena/end";

    private final ArenaQueries queries;
    private final ArenaService service;
    private final ArenaAccess access;

    ArenaEndController(ArenaQueries queries, ArenaService service, ArenaAccess access) {
        this.queries = queries;
        this.service = service;
        this.access = access;
    }

    @GetMapping("/arenas/{id}/end")
    String page(@PathVariable long id, Model model) {
        access.requireEdit(id);
        ArenaRow arena = load(id);
        model.addAttribute("form", new EndDateForm(null, arena.version()));
        return page(arena, model);
    }

    @PostMapping("/arenas/{id}/end/confirm")
    String confirm(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            service.confirmEnded(id, version);
            redirect.addFlashAttribute("message", "arena.end.confirmed");
            return "redirect:/dashboard";
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "arena.end.conflict");
            return "redirect:/arenas/" + id + "/end";
        }
    }

    @PostMapping("/arenas/{id}/end/extend")
    String extend(@PathVariable long id, @Valid @ModelAttribute("form") EndDateForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(load(id), model);
        }
        try {
            service.extendEnd(id, form);
            redirect.addFlashAttribute("message", "arena.end.extended");
            return "redirect:/dashboard";
        } catch (InvalidInputException e) {
            FormErrors.addTo(result, e);
            return page(load(id), model);
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "arena.end.conflict");
            return "redirect:/arenas/" + id + "/end";
        }
    }

    private ArenaRow load(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("arena", id));
    }

    private String page(ArenaRow arena, Model model) {
        model.addAttribute("arena", arena);
        return VIEW;
    }
}
