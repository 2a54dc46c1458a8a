package se.arenaregister.report.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.arenaregister.report.MemoEdition;

/** Files sent as downloads (a memo's DOCX or PDF, the memo template): named, typed, sized and never cached. */
final class Attachments {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Attachments() {
    }

    /** An edition's document, named by its year ("PM-arenor-2023.pdf"; a draft's "PM-arenor-2024-utkast.pdf"). */
    static ResponseEntity<byte[]> memo(MemoEdition edition, byte[] body, String extension, MediaType type) {
        String filename = "PM-arenor-" + edition.year() + (edition.isSent() ? "" : "-utkast") + "." + extension;
        return file(filename, type, body);
    }

    /** A file as an attachment with its (UTF-8) name. */
    static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentLength(body.length)
                .body(body);
    }
}
