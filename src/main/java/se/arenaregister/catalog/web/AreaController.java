package se.arenaregister.catalog.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.RelatedArenas;
import se.arenaregister.shared.web.FormFlow;

/** Areas and sub-areas: the tree with arena counts, and its forms. */
@Controller
class AreaController {

    static final String LIST_VIEW = "catalog/areas";
    static final String FORM_VIEW = "catalog/area-form";

    private final AreaRepository areas;
    private final CatalogService service;
    private final RelatedArenas related;

    AreaController(AreaRepository areas, CatalogService service, RelatedArenas related) {
        this.areas = areas;
        this.service = service;
        this.related = related;
    }

    @GetMapping("/areas")
    String list(Model model) {
        model.addAttribute("areas", areas.findAllInTreeOrder());
        model.addAttribute("counts", related.countsByArea());
        return LIST_VIEW;
    }

    @GetMapping("/areas/new")
    String createForm(Model model) {
        model.addAttribute("form", AreaForm.empty());
        return form(model, null);
    }

    @PostMapping("/areas")
    String create(@Valid @ModelAttribute("form") AreaForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            service.createArea(form);
            redirect.addFlashAttribute("message", "catalog.saved");
            return "redirect:/areas";
        }, () -> form(model, null));
    }

    @GetMapping("/areas/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", AreaForm.of(service.area(id)));
        return form(model, id);
    }

    @PostMapping("/areas/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AreaForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            service.updateArea(id, form);
            redirect.addFlashAttribute("message", "catalog.saved");
            return "redirect:/areas";
        }, form::withVersion, () -> form(model, id));
    }

    private String form(Model model, Long id) {
        List<Area> topLevel = areas.findAllInTreeOrder().stream().filter(a -> !a.isSubArea() && !a.id().equals(id)).toList();
        model.addAttribute("parents", topLevel);
        model.addAttribute("areaId", id);
        return FORM_VIEW;
    }
}
