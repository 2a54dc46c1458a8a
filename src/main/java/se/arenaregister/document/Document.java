package se.arenaregister.document;

import java.time.OffsetDateTime;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * A document's metadata: what it is attached to, its title and kind, the file as uploaded (a safe name, the type
 * detected from its bytes, size, SHA-256), who uploaded it when, and whether the public sees it. The bytes are read
 * only by {@link Documents#content(long)}.
 */
@Traced(value = EntityType.DOCUMENT, tables = {"document", "document_content"})
public record Document(Long id, OwnerKind ownerKind, long ownerId, String title, DocumentKind kind, String fileName,
                       String contentType, long sizeBytes, String sha256, String uploadedBy,
                       @Traced.Omitted OffsetDateTime uploadedAt, boolean isPublic, Long version) {
}
