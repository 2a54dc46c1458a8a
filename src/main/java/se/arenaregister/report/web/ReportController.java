package se.arenaregister.report.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.arenaregister.report.EditionSending;
import se.arenaregister.report.MemoEdition;
import se.arenaregister.report.MemoEditions;
import se.arenaregister.shared.NotFoundException;

/**
 * The memo: a page that explains it and leads to its editions, and the newest edition's documents at the addresses
 * they have always had ({@code /reports/memo.docx|pdf}): for the public the newest sent edition.
 */
@Controller
class ReportController {

    static final String VIEW = "report/reports";

    private final MemoEditions editions;
    private final EditionSending sending;
    private final DocumentSlots slots;

    ReportController(MemoEditions editions, EditionSending sending, DocumentSlots slots) {
        this.editions = editions;
        this.sending = sending;
        this.slots = slots;
    }

    @GetMapping("/reports")
    String reports(Model model) {
        model.addAttribute("newest", editions.newest().orElse(null));
        model.addAttribute("mayManage", editions.mayManage());
        return VIEW;
    }

    @GetMapping("/reports/memo.docx")
    ResponseEntity<byte[]> docx() {
        MemoEdition edition = newest();
        return Attachments.memo(edition, slots.run(() -> sending.document(edition.id(), "docx")), "docx", Attachments.DOCX);
    }

    @GetMapping("/reports/memo.pdf")
    ResponseEntity<byte[]> pdf() {
        MemoEdition edition = newest();
        return Attachments.memo(edition, slots.run(() -> sending.document(edition.id(), "pdf")), "pdf", MediaType.APPLICATION_PDF);
    }

    private MemoEdition newest() {
        return editions.newest().orElseThrow(() -> new NotFoundException("memoEdition", 0));
    }
}
