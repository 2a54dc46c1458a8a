package se.arenaregister.catalog.web;

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
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.RelatedArenas;
import se.arenaregister.shared.web.FormFlow;

/** Organisations: the list, a page with the arenas each convenes or is a member of, and the forms. */
@Controller
class OrganisationController {

    static final String LIST_VIEW = "catalog/organisations";
    static final String DETAIL_VIEW = "catalog/organisation";
    static final String FORM_VIEW = "catalog/organisation-form";

    private final OrganisationRepository organisations;
    private final CatalogService service;
    private final RelatedArenas related;

    OrganisationController(OrganisationRepository organisations, CatalogService service, RelatedArenas related) {
        this.organisations = organisations;
        this.service = service;
        this.related = related;
    }

    @GetMapping("/organisations")
    String list(Model model) {
        model.addAttribute("organisations", organisations.findAllByOrderByName());
        return LIST_VIEW;
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("organisation", service.organisation(id));
        model.addAttribute("convened", related.convenedBy(id));
        model.addAttribute("memberOf", related.withMember(id));
        return DETAIL_VIEW;
    }

    @GetMapping("/organisations/new")
    String createForm(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        return form(model, null);
    }

    @PostMapping("/organisations")
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long id = service.createOrganisation(form).id();
            redirect.addFlashAttribute("message", "catalog.saved");
            return "redirect:/organisations/" + id;
        }, () -> form(model, null));
    }

    @GetMapping("/organisations/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", OrganisationForm.of(service.organisation(id)));
        return form(model, id);
    }

    @PostMapping("/organisations/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            service.updateOrganisation(id, form);
            redirect.addFlashAttribute("message", "catalog.saved");
            return "redirect:/organisations/" + id;
        }, form::withVersion, () -> form(model, id));
    }

    private String form(Model model, Long id) {
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("organisationId", id);
        return FORM_VIEW;
    }
}
