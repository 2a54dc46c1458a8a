package se.arenaregister.governance.web;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
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
import se.arenaregister.governance.Agreements;
import se.arenaregister.governance.internal.CommitteeRepository;
import se.arenaregister.governance.DecisionEffects;
import se.arenaregister.governance.DecisionForm;
import se.arenaregister.governance.internal.DecisionRepository;
import se.arenaregister.governance.Decisions;
import se.arenaregister.shared.web.FormFlow;
import se.arenaregister.shared.web.Viewers;

/** Committees' decisions: the list, a decision with the appointments it made, and the forms. */
@Controller
class DecisionController {

    static final String LIST_VIEW = "governance/decisions";
    static final String DETAIL_VIEW = "governance/decision";
    static final String FORM_VIEW = "governance/decision-form";

    private final DecisionRepository decisions;
    private final CommitteeRepository committees;
    private final Decisions service;
    private final DecisionEffects effects;
    private final Agreements agreements;
    private final Documents documents;

    DecisionController(DecisionRepository decisions, CommitteeRepository committees, Decisions service, DecisionEffects effects,
                       Agreements agreements, Documents documents) {
        this.agreements = agreements;
        this.documents = documents;
        this.decisions = decisions;
        this.committees = committees;
        this.service = service;
        this.effects = effects;
    }

    @GetMapping("/decisions")
    String list(Model model) {
        model.addAttribute("decisions", decisions.findAllNewestFirst());
        model.addAttribute("committees", committees.findAll());
        return LIST_VIEW;
    }

    @GetMapping("/decisions/{id}")
    String show(@PathVariable long id, Model model, Authentication user) {
        var decision = service.decision(id);
        model.addAttribute("decision", decision);
        model.addAttribute("committee", committees.findById(decision.committeeId()).orElse(null));
        boolean internal = Viewers.isInternal(user);
        model.addAttribute("appointments", effects.appointmentsBy(id, internal));
        model.addAttribute("agreements", agreements.concludedBy(id));
        model.addAttribute("documentSection", documents.section(OwnerKind.DECISION, id));
        return DETAIL_VIEW;
    }

    @GetMapping("/decisions/new")
    String createForm(Model model) {
        model.addAttribute("form", DecisionForm.empty());
        return form(model, null);
    }

    @PostMapping("/decisions")
    String create(@Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long id = service.create(form).id();
            redirect.addFlashAttribute("message", "decision.saved");
            return "redirect:/decisions/" + id;
        }, () -> form(model, null));
    }

    @GetMapping("/decisions/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", DecisionForm.of(service.decision(id)));
        return form(model, id);
    }

    @PostMapping("/decisions/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            service.update(id, form);
            redirect.addFlashAttribute("message", "decision.saved");
            return "redirect:/decisions/" + id;
        }, form::withVersion, () -> form(model, id));
    }

    private String form(Model model, Long id) {
        model.addAttribute("decisionId", id);
        model.addAttribute("committees", committees.findAllByOrderByName());
        return FORM_VIEW;
    }
}
