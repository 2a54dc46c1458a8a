package se.arenaregister.document.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.document.AttachmentOwner;
import se.arenaregister.document.DocumentKind;
import se.arenaregister.document.DocumentUpload;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;

/**
 * The "Handlingar" section's actions on the owners' pages: upload to an owner, change or delete a document, download.
 * A refused upload goes back to the owner's page with the reason next to the file field (the page belongs to another
 * module; the section reads the flash attributes).
 */
@Controller
class DocumentController {

    static final String ERROR_FIELD = "documentErrorField";
    static final String ERROR = "documentError";

    private final Documents documents;
    private final MessageSource messages;

    DocumentController(Documents documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @PostMapping({"/arenas/{id}/documents", "/decisions/{id}/documents", "/meetings/{id}/documents", "/agreements/{id}/documents",
        "/notes/{id}/documents"})
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean isPublic,
                  HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        OwnerKind owner = DocumentPaths.ownerOf(request);
        AttachmentOwner.Owner target = documents.owner(owner, id);
        try {
            byte[] content = file == null || file.isEmpty() && file.getOriginalFilename() == null ? null : file.getBytes();
            documents.upload(owner, id, new DocumentUpload(title, kindOf(kind), isPublic), file == null ? null : file.getOriginalFilename(),
                    content);
            redirect.addFlashAttribute("message", "document.uploaded");
        } catch (InvalidInputException e) {
            InvalidInputException.Rejection first = e.rejections().get(0);
            redirect.addFlashAttribute(ERROR_FIELD, first.field());
            redirect.addFlashAttribute(ERROR, messages.getMessage(first.code(), first.args(), first.code(), locale));
        } catch (IOException e) {
            redirect.addFlashAttribute(ERROR_FIELD, Documents.FILE_FIELD);
            redirect.addFlashAttribute(ERROR, messages.getMessage("document.file.unreadable", null, locale));
        }
        return "redirect:" + target.path() + "#documents";
    }

    @PostMapping("/documents/{id}")
    String change(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String kind,
                  @RequestParam(defaultValue = "false") boolean isPublic, @RequestParam(required = false) Long version, Locale locale,
                  RedirectAttributes redirect) {
        var document = documents.document(id);
        AttachmentOwner.Owner owner = documents.owner(document.ownerKind(), document.ownerId());
        try {
            documents.change(id, new DocumentUpload.Change(title, kindOf(kind), isPublic, version));
            redirect.addFlashAttribute("message", "document.changed");
        } catch (InvalidInputException e) {
            InvalidInputException.Rejection first = e.rejections().get(0);
            redirect.addFlashAttribute(ERROR_FIELD, "document-" + id + "-" + first.field());
            redirect.addFlashAttribute(ERROR, messages.getMessage(first.code(), first.args(), first.code(), locale));
        } catch (EditConflictException e) {
            redirect.addFlashAttribute(ERROR_FIELD, "document-" + id + "-title");
            redirect.addFlashAttribute(ERROR, messages.getMessage("document.conflict", null, locale));
        }
        return "redirect:" + owner.path() + "#documents";
    }

    @PostMapping("/documents/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        var document = documents.document(id);
        AttachmentOwner.Owner owner = documents.owner(document.ownerKind(), document.ownerId());
        try {
            documents.delete(id, version);
            redirect.addFlashAttribute("message", "document.deleted");
        } catch (EditConflictException e) {
            redirect.addFlashAttribute(ERROR_FIELD, Documents.FILE_FIELD);
            redirect.addFlashAttribute(ERROR, messages.getMessage("document.conflict", null, locale));
        }
        return "redirect:" + owner.path() + "#documents";
    }

    @GetMapping("/documents/{id}/content")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return Downloads.of(documents.content(id));
    }

    /** No kind given is OTHER; an unknown kind is no kind, which the form's validation names. */
    static DocumentKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return DocumentKind.OTHER;
        }
        try {
            return DocumentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
