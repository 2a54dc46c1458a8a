package se.arenaregister.report.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.arenaregister.report.internal.MemoContent;
import se.arenaregister.report.internal.MemoDocx;
import se.arenaregister.report.internal.MemoPdf;

/**
 * The generated memo: a page that explains it, and the memo itself as DOCX and PDF, computed from the
 * register at the moment of the request. Public like the register it is made from.
 */
@Controller
class ReportController {

    static final String VIEW = "report/reports";

    private final MemoContent content;
    private final MemoDocx docx;
    private final MemoPdf pdf;

    ReportController(MemoContent content, MemoDocx docx, MemoPdf pdf) {
        this.content = content;
        this.docx = docx;
        this.pdf = pdf;
    }

    @GetMapping("/reports")
    String reports(@RequestParam(required = false) String reference, Model model) {
        model.addAttribute("defaultReference", content.defaultReference());
        model.addAttribute("reference", reference == null ? "" : content.reference(reference));
        return VIEW;
    }

    @GetMapping("/reports/memo.docx")
    ResponseEntity<byte[]> docx(@RequestParam(required = false) String reference, Locale locale) {
        byte[] body = docx.render(content.assemble(reference, locale));
        return attachment(body, "docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @GetMapping("/reports/memo.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String reference, Locale locale) {
        byte[] body = pdf.render(content.assemble(reference, locale));
        return attachment(body, "pdf", MediaType.APPLICATION_PDF);
    }

    private ResponseEntity<byte[]> attachment(byte[] body, String extension, MediaType type) {
        String filename = "PM-arenor-" + content.today() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentLength(body.length)
                .body(body);
    }
}
