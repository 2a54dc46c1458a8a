package se.arenaregister.arena.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.web.Conflicts;
import se.arenaregister.shared.web.FormErrors;

/** An arena's form: creating and editing it, and archiving or restoring it. Reading is {@link ArenaController}. */
@Controller
class ArenaEditController {

    static final String FORM_VIEW = "arena/form";

    private final ArenaQueries queries;
    private final ArenaService service;
    private final ArenaFormOptions options;
    private final AreaAccess access;
    private final OrganisationFields organisationFields;

    ArenaEditController(ArenaQueries queries, ArenaService service, ArenaFormOptions options, AreaAccess access,
                        OrganisationFields organisationFields) {
        this.queries = queries;
        this.service = service;
        this.options = options;
        this.access = access;
        this.organisationFields = organisationFields;
    }

    @InitBinder("form")
    void noId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/arenas/new")
    String createForm(Model model) {
        model.addAttribute("form", ArenaForm.empty());
        organisationFields.describe(ArenaForm.empty(), model);
        return form(model, null);
    }

    @PostMapping("/arenas")
    String create(@Valid @ModelAttribute("form") ArenaForm posted, BindingResult result,
                  @RequestParam(required = false) String convenerName, @RequestParam(required = false) String memberNames,
                  Model model, RedirectAttributes redirect) {
        ArenaForm form = organisationFields.resolve(posted, convenerName, memberNames, result, model);
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "arena.created");
            return "redirect:/arenas/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/arenas/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ArenaForm form = service.formFor(id);
        model.addAttribute("form", form);
        organisationFields.describe(form, model);
        return form(model, id);
    }

    @PostMapping("/arenas/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ArenaForm posted, BindingResult result,
                  @RequestParam(required = false) String convenerName, @RequestParam(required = false) String memberNames,
                  Model model, RedirectAttributes redirect) {
        ArenaForm form = organisationFields.resolve(posted, convenerName, memberNames, result, model);
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            service.update(id, form);
            redirect.addFlashAttribute("message", "arena.saved");
            return "redirect:/arenas/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(result, e);
            return form(model, id);
        } catch (EditConflictException e) {
            model.addAttribute("form", form.withVersion(e.currentVersion()));
            model.addAttribute("conflict", Conflicts.differences(service.snapshotOf(form), e.currentValues()));
            model.addAttribute("conflictBy", e.changedBy());
            return form(model, id);
        }
    }

    @PostMapping("/arenas/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            service.archive(id, version);
            redirect.addFlashAttribute("message", "arena.archived");
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "arena.conflict.archive");
        }
        return "redirect:/arenas/" + id;
    }

    @PostMapping("/arenas/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            service.restore(id, version);
            redirect.addFlashAttribute("message", "arena.restored");
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "arena.conflict.archive");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "arena.restore.duplicate");
        }
        return "redirect:/arenas/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("arenaId", id);
        if (id != null) {
            model.addAttribute("storedName", queries.find(id).map(ArenaRow::name).orElse(""));
        }
        model.addAttribute("options", access.mayEditEveryArea() ? options.load() : options.load().placeableIn(access.editableAreas()));
        return FORM_VIEW;
    }
}
