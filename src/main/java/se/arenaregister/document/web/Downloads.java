package se.arenaregister.document.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.arenaregister.document.DocumentFile;

/**
 * A document as a download: its detected type, {@code attachment} with the stored (safe) name as RFC 5987
 * {@code filename*} (å, ä, ö intact; the name was made safe at upload), never sniffed by the browser.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(DocumentFile file) {
        String disposition = ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentLength(file.content().length)
                .body(file.content());
    }
}
