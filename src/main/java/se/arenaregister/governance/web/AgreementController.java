package se.arenaregister.governance.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.governance.AgreementForm;
import se.arenaregister.governance.Agreements;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormFlow;

/** Agreements: the list by valid-until, an agreement with its documents, and the coordinator's forms. */
@Controller
class AgreementController {

    static final String LIST_VIEW = "governance/agreements";
    static final String DETAIL_VIEW = "governance/agreement";
    static final String FORM_VIEW = "governance/agreement-form";

    private final Agreements agreements;
    private final Documents documents;

    AgreementController(Agreements agreements, Documents documents) {
        this.agreements = agreements;
        this.documents = documents;
    }

    @GetMapping("/agreements")
    String list(Model model) {
        model.addAttribute("agreements", agreements.list());
        return LIST_VIEW;
    }

    @GetMapping("/agreements/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("agreement", agreements.find(id).orElseThrow(() -> new NotFoundException("agreement", id)));
        model.addAttribute("documentSection", documents.section(OwnerKind.AGREEMENT, id));
        return DETAIL_VIEW;
    }

    @GetMapping("/agreements/new")
    String createForm(Model model) {
        model.addAttribute("form", AgreementForm.empty());
        return form(model, null);
    }

    @PostMapping("/agreements")
    String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long id = agreements.create(form).id();
            redirect.addFlashAttribute("message", "agreement.saved");
            return "redirect:/agreements/" + id;
        }, () -> form(model, null));
    }

    @GetMapping("/agreements/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", AgreementForm.of(agreements.agreement(id)));
        return form(model, id);
    }

    @PostMapping("/agreements/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            agreements.update(id, form);
            redirect.addFlashAttribute("message", "agreement.saved");
            return "redirect:/agreements/" + id;
        }, form::withVersion, () -> form(model, id));
    }

    private String form(Model model, Long id) {
        model.addAttribute("agreementId", id);
        model.addAttribute("organisations", agreements.organisationChoices());
        model.addAttribute("arenas", agreements.arenaChoices());
        model.addAttribute("decisions", agreements.decisionChoices());
        model.addAttribute("people", agreements.personChoices());
        return FORM_VIEW;
    }
}
