package se.arenaregister.report.web;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.report.EditionDecisionForm;
import se.arenaregister.report.EditionForm;
import se.arenaregister.report.EditionSending;
import se.arenaregister.report.MemoEdition;
import se.arenaregister.report.MemoEditions;
import se.arenaregister.report.MemoProposals;
import se.arenaregister.report.MemoSections;
import se.arenaregister.report.ProposalForm;
import se.arenaregister.report.SectionForm;
import se.arenaregister.shared.web.FormFlow;

/** Memo editions: the list, an edition with its outline and proposals, the header form, and its documents. */
@Controller
class MemoEditionController {

    static final String LIST_VIEW = "report/memos";
    static final String DETAIL_VIEW = "report/memo";
    static final String FORM_VIEW = "report/memo-form";

    private final MemoEditions editions;
    private final MemoSections sections;
    private final MemoProposals proposals;
    private final EditionSending sending;
    private final Catalog catalog;
    private final FollowUpQueries followUp;
    private final DocumentSlots slots;

    MemoEditionController(MemoEditions editions, MemoSections sections, MemoProposals proposals, EditionSending sending, Catalog catalog,
                          FollowUpQueries followUp, DocumentSlots slots) {
        this.slots = slots;
        this.editions = editions;
        this.sections = sections;
        this.proposals = proposals;
        this.sending = sending;
        this.catalog = catalog;
        this.followUp = followUp;
    }

    @GetMapping("/memos")
    String list(Model model) {
        model.addAttribute("editions", editions.editions());
        model.addAttribute("mayManage", editions.mayManage());
        return LIST_VIEW;
    }

    @GetMapping("/memos/{id}")
    String show(@PathVariable long id, Model model) {
        MemoEdition edition = editions.edition(id);
        model.addAttribute("edition", edition);
        model.addAttribute("outline", sections.outline(id));
        model.addAttribute("proposals", proposals.proposals(id).stream()
                .map(p -> new ProposalView(p, proposals.proposalText(p))).toList());
        model.addAttribute("mayManage", editions.mayManage() && !edition.isSent());
        model.addAttribute("mayDecide", editions.mayManage() && edition.isSent() && edition.decisionId() == null);
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("meetings", followUp.meetings());
        model.addAttribute("comparison", editions.comparison(id).orElse(null));
        if (!model.containsAttribute("sectionForm")) {
            model.addAttribute("sectionForm", SectionForm.text("", null, null, ""));
        }
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", new ProposalForm("", "", "", null, null));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new EditionDecisionForm("", null, "", null));
        }
        return DETAIL_VIEW;
    }

    /** A proposal with its text as the document writes it. */
    record ProposalView(se.arenaregister.report.MemoProposal proposal, String text) {
    }

    @GetMapping("/memos/new")
    String createForm(Model model) {
        model.addAttribute("form", editions.newEditionForm());
        return form(model, null);
    }

    @PostMapping("/memos")
    String create(@Valid @ModelAttribute("form") EditionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long id = editions.create(form);
            redirect.addFlashAttribute("message", "memo.edition.created");
            return "redirect:/memos/" + id;
        }, () -> form(model, null));
    }

    @GetMapping("/memos/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", EditionForm.of(editions.edition(id)));
        return form(model, id);
    }

    @PostMapping("/memos/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            editions.update(id, form);
            redirect.addFlashAttribute("message", "memo.edition.saved");
            return "redirect:/memos/" + id;
        }, form::withVersion, () -> form(model, id));
    }

    @PostMapping("/memos/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        editions.delete(id, version);
        redirect.addFlashAttribute("message", "memo.edition.deleted");
        return "redirect:/memos";
    }

    @GetMapping("/memos/{id}/memo.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Attachments.memo(editions.edition(id), slots.run(() -> sending.document(id, "docx")), "docx", Attachments.DOCX);
    }

    @GetMapping("/memos/{id}/memo.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Attachments.memo(editions.edition(id), slots.run(() -> sending.document(id, "pdf")), "pdf", MediaType.APPLICATION_PDF);
    }

    private String form(Model model, Long id) {
        model.addAttribute("editionId", id);
        model.addAttribute("topAreas", catalog.areas().stream().filter(a -> a.parentId() == null).toList());
        return FORM_VIEW;
    }
}
