package se.arenaregister.report.web;

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
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.report.EditionDecisionForm;
import se.arenaregister.report.EditionSending;
import se.arenaregister.report.MemoEditions;
import se.arenaregister.report.MemoProposal;
import se.arenaregister.report.MemoProposals;
import se.arenaregister.report.ProposalForm;
import se.arenaregister.shared.web.FormFlow;

/** Decision proposals of an edition, sending it, and the committee's decision on it. */
@Controller
class MemoProposalController {

    static final String FORM_VIEW = "report/proposal-form";

    private final MemoEditions editions;
    private final MemoProposals proposals;
    private final EditionSending sending;
    private final MemoEditionController editionPage;
    private final FollowUpQueries followUp;

    MemoProposalController(MemoEditions editions, MemoProposals proposals, EditionSending sending, MemoEditionController editionPage,
                           FollowUpQueries followUp) {
        this.editions = editions;
        this.proposals = proposals;
        this.sending = sending;
        this.editionPage = editionPage;
        this.followUp = followUp;
    }

    @PostMapping("/memos/{id}/proposals")
    String add(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            proposals.addProposal(id, form);
            redirect.addFlashAttribute("message", "memo.proposal.added");
            return "redirect:/memos/" + id + "#proposals";
        }, () -> editionPage.show(id, model));
    }

    @GetMapping("/memos/proposals/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        MemoProposal proposal = proposals.proposal(id);
        model.addAttribute("form", ProposalForm.of(proposal));
        return form(proposal, model);
    }

    @PostMapping("/memos/proposals/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        MemoProposal proposal = proposals.proposal(id);
        return FormFlow.submit(result, model, () -> {
            proposals.updateProposal(id, form);
            redirect.addFlashAttribute("message", "memo.proposal.saved");
            return "redirect:/memos/" + proposal.editionId() + "#proposals";
        }, version -> new ProposalForm(form.background(), form.assigneeRole(), form.task(), form.reportMeetingId(), version),
                () -> form(proposal, model));
    }

    @PostMapping("/memos/proposals/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        MemoProposal proposal = proposals.proposal(id);
        proposals.deleteProposal(id, version);
        redirect.addFlashAttribute("message", "memo.proposal.deleted");
        return "redirect:/memos/" + proposal.editionId() + "#proposals";
    }

    @PostMapping("/memos/{id}/send")
    String send(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        sending.send(id, version);
        redirect.addFlashAttribute("message", "memo.edition.sent");
        return "redirect:/memos/" + id;
    }

    @PostMapping("/memos/{id}/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") EditionDecisionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long decision = sending.recordDecision(id, form);
            redirect.addFlashAttribute("message", "memo.decision.recorded");
            return "redirect:/decisions/" + decision;
        }, () -> editionPage.show(id, model));
    }

    private String form(MemoProposal proposal, Model model) {
        model.addAttribute("proposal", proposal);
        model.addAttribute("edition", editions.edition(proposal.editionId()));
        model.addAttribute("meetings", followUp.meetings());
        return FORM_VIEW;
    }
}
