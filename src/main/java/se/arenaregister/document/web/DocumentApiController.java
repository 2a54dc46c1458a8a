package se.arenaregister.document.web;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.arenaregister.document.Document;
import se.arenaregister.document.DocumentUpload;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.InvalidInputException;

@RestController
@Tag(name = "Documents", description = "Files (handlingar) attached to arenas, decisions, meetings, agreements and notes")
class DocumentApiController {

    record DocumentJson(long id, String owner, long ownerId, String title, String kind, String fileName, String contentType, long size,
                        String sha256, OffsetDateTime uploadedAt, String uploadedBy, boolean isPublic, long version, String content) {

        static DocumentJson of(Document d, boolean internal) {
            return new DocumentJson(d.id(), d.ownerKind().name(), d.ownerId(), d.title(), d.kind().name(), d.fileName(), d.contentType(),
                    d.sizeBytes(), d.sha256(), d.uploadedAt(), internal ? d.uploadedBy() : null, d.isPublic(), d.version(),
                    "/api/v1/documents/" + d.id() + "/content");
        }
    }

    private final Documents documents;
    private final Permissions permissions;

    DocumentApiController(Documents documents, Permissions permissions) {
        this.documents = documents;
        this.permissions = permissions;
    }

    @GetMapping({"/api/v1/arenas/{id}/documents", "/api/v1/decisions/{id}/documents", "/api/v1/meetings/{id}/documents",
        "/api/v1/agreements/{id}/documents", "/api/v1/notes/{id}/documents"})
    @Operation(summary = "The owner's documents the caller may see, newest first (anonymous callers: public ones of public owners)")
    List<DocumentJson> list(@PathVariable long id, HttpServletRequest request) {
        OwnerKind owner = DocumentPaths.ownerOf(request);
        boolean internal = permissions.mayReadInternal();
        return documents.of(owner, id).stream().map(d -> DocumentJson.of(d, internal)).toList();
    }

    @GetMapping("/api/v1/documents/{id}")
    @Operation(summary = "A document's metadata (404 for a document the caller may not see)")
    DocumentJson document(@PathVariable long id) {
        return DocumentJson.of(documents.document(id), permissions.mayReadInternal());
    }

    @GetMapping("/api/v1/documents/{id}/content")
    @Operation(summary = "Download the file, with its detected type and a safe file name")
    ResponseEntity<byte[]> content(@PathVariable long id) {
        return Downloads.of(documents.content(id));
    }

    @PostMapping(path = {"/api/v1/arenas/{id}/documents", "/api/v1/decisions/{id}/documents", "/api/v1/meetings/{id}/documents",
        "/api/v1/agreements/{id}/documents", "/api/v1/notes/{id}/documents"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file (multipart: file, title, kind, isPublic); refused with problem details naming the field")
    ResponseEntity<DocumentJson> upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                                        @RequestParam(required = false) String title, @RequestParam(required = false) String kind,
                                        @RequestParam(defaultValue = "false") boolean isPublic, HttpServletRequest request) {
        OwnerKind owner = DocumentPaths.ownerOf(request);
        byte[] content;
        try {
            content = file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw InvalidInputException.of(Documents.FILE_FIELD, "document.file.unreadable");
        }
        Document saved = documents.upload(owner, id, new DocumentUpload(title, DocumentController.kindOf(kind), isPublic),
                file == null ? null : file.getOriginalFilename(), content);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + saved.id())).body(DocumentJson.of(saved, true));
    }
}
