package se.arenaregister.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.document.internal.DocumentStore;
import se.arenaregister.document.internal.FileTypes;
import se.arenaregister.document.internal.SafeFileNames;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/**
 * Documents attached to owners (see {@link AttachmentOwner}): upload, change and delete, audited, each checked against
 * the owner's rules; reading them as the current user may. A visitor who may not read internal things sees only
 * public documents of public owners, and an internal one is to them as if it did not exist (404, never 403: its
 * existence is not told).
 */
@Service
@Transactional
public class Documents {

    /** The field an upload's file is refused at, in the page's form and in the API's problem details. */
    public static final String FILE_FIELD = "file";

    private final DocumentStore store;
    private final FileTypes types;
    private final Map<OwnerKind, AttachmentOwner> owners = new EnumMap<>(OwnerKind.class);
    private final Permissions permissions;
    private final FormValidator validator;
    private final Traceability trail;
    private final long maxBytes;

    Documents(DocumentStore store, FileTypes types, List<AttachmentOwner> owners, Permissions permissions, FormValidator validator,
              Traceability trail, @Value("${arenaregister.documents.max-size:20MB}") DataSize maxSize) {
        this.store = store;
        this.types = types;
        owners.forEach(o -> this.owners.put(o.kind(), o));
        this.permissions = permissions;
        this.validator = validator;
        this.trail = trail;
        this.maxBytes = maxSize.toBytes();
    }

    /** The largest file accepted, in whole megabytes, for the forms' hints and messages. */
    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** The owner as the current user sees it, or 404. */
    @Transactional(readOnly = true)
    public AttachmentOwner.Owner owner(OwnerKind kind, long id) {
        AttachmentOwner spi = owners.get(kind);
        Optional<AttachmentOwner.Owner> owner = spi == null ? Optional.empty() : spi.find(id);
        return owner.filter(o -> o.visibleToPublic() || permissions.mayReadInternal())
                .orElseThrow(() -> new NotFoundException(kind.name().toLowerCase(java.util.Locale.ROOT), id));
    }

    /** Whether the current user may attach documents to the owner (and change and delete its documents). */
    @Transactional(readOnly = true)
    public boolean mayAttach(OwnerKind kind, long id) {
        AttachmentOwner spi = owners.get(kind);
        return spi != null && permissions.mayReadInternal() && spi.mayAttach(id);
    }

    /** The owner's documents the current user may see, newest first (one statement). */
    @Transactional(readOnly = true)
    public List<Document> of(OwnerKind kind, long ownerId) {
        AttachmentOwner.Owner owner = owner(kind, ownerId);
        return store.of(owner.kind(), owner.id(), !permissions.mayReadInternal());
    }

    /** The section of the owner's page: its documents as the viewer sees them, and whether the viewer may attach. */
    @Transactional(readOnly = true)
    public DocumentSection section(OwnerKind kind, long ownerId) {
        return new DocumentSection(kind, ownerId, of(kind, ownerId), mayAttach(kind, ownerId), maxMegabytes());
    }

    /** One document's metadata, or 404 when the current user may not see it. */
    @Transactional(readOnly = true)
    public Document document(long id) {
        Document document = store.find(id).orElseThrow(() -> new NotFoundException("document", id));
        if (!permissions.mayReadInternal()) {
            boolean ownerPublic = owners.get(document.ownerKind()) != null
                    && owners.get(document.ownerKind()).find(document.ownerId()).map(AttachmentOwner.Owner::visibleToPublic).orElse(false);
            if (!document.isPublic() || !ownerPublic) {
                throw new NotFoundException("document", id);
            }
        }
        return document;
    }

    /** The bytes, checked against the checksum stored at upload (a mismatch is never served). */
    @Transactional(readOnly = true)
    public DocumentFile content(long id) {
        Document document = document(id);
        DocumentStore.StoredContent stored = store.content(id).orElseThrow(() -> new NotFoundException("document", id));
        if (!sha256(stored.content()).equals(stored.sha256())) {
            throw new IllegalStateException("The stored bytes of document " + id + " do not match their checksum");
        }
        return new DocumentFile(document.fileName(), document.contentType(), stored.sha256(), stored.content());
    }

    /**
     * Stores a file for the owner. Refused, naming the field, when there is no file, it is empty or larger than the
     * limit, its bytes are no accepted type or its name claims another type than its bytes are; nothing is stored then.
     */
    public Document upload(OwnerKind kind, long ownerId, DocumentUpload form, String fileName, byte[] content) {
        AttachmentOwner.Owner owner = owner(kind, ownerId);
        requireAttach(owner);
        validator.check(form, List.of());
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(FILE_FIELD, content == null ? "document.file.missing" : "document.file.empty");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of(FILE_FIELD, "document.file.tooLarge", maxMegabytes());
        }
        String name = SafeFileNames.of(fileName);
        FileTypes.Verdict verdict = types.check(content, name);
        if (!verdict.accepted()) {
            throw InvalidInputException.of(FILE_FIELD, verdict.refusal());
        }
        String title = form.title() == null || form.title().isBlank() ? name : form.title().strip();
        String who = permissions.username() == null ? "system" : permissions.username();
        Document saved = store.insert(new Document(null, owner.kind(), owner.id(), title, form.kind(), name, verdict.contentType(),
                content.length, sha256(content), who, null, form.isPublic(), 0L), content);
        trail.created(saved);
        return saved;
    }

    /** Changes title, kind and the public flag (the file stays as uploaded). */
    public Document change(long id, DocumentUpload.Change form) {
        Document current = document(id);
        requireAttach(owner(current.ownerKind(), current.ownerId()));
        trail.requireVersion(current, form.version(), Labels.NONE);
        validator.check(form, List.of());
        if (!store.update(id, form.title().strip(), form.kind(), form.isPublic(), current.version())) {
            throw trail.conflict(store.find(id).orElseThrow(() -> new NotFoundException("document", id)), Labels.NONE);
        }
        Document saved = store.find(id).orElseThrow();
        trail.updated(current, saved);
        return saved;
    }

    /** Deletes the document and its bytes; returns its owner, whose page the user goes back to. */
    public AttachmentOwner.Owner delete(long id, Long version) {
        Document current = document(id);
        AttachmentOwner.Owner owner = owner(current.ownerKind(), current.ownerId());
        requireAttach(owner);
        trail.requireVersion(current, version, Labels.NONE);
        if (!store.delete(id, current.version())) {
            throw trail.conflict(current, Labels.NONE);
        }
        trail.deleted(current, Labels.NONE);
        return owner;
    }

    private void requireAttach(AttachmentOwner.Owner owner) {
        if (!mayAttach(owner.kind(), owner.id())) {
            throw new AccessDeniedException("document");
        }
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
