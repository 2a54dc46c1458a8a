package se.arenaregister.report.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.report.EditionFrozenException;

/** A change to a sent edition, from any of the memo's pages: back to the edition, saying why nothing changed. */
@ControllerAdvice(assignableTypes = {MemoEditionController.class, MemoSectionController.class, MemoProposalController.class})
class MemoExceptions {

    @ExceptionHandler(EditionFrozenException.class)
    String frozen(EditionFrozenException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "memo.edition.frozen");
        return "redirect:/memos/" + e.editionId();
    }
}
