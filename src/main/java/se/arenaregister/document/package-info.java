/**
 * Documents (handlingar): files attached to an arena, a decision, a meeting, an agreement or a note, with a title, a
 * kind (agreement, arbetsordning, minutes, position paper, other) and a public flag. The bytes are stored in
 * PostgreSQL beside their SHA-256, checked again on every read; the type is detected from the bytes, never taken from
 * the name. Its API is this package: {@link se.arenaregister.document.Documents}, the audited way to upload, retitle
 * and delete, which also lists and reads them; and the SPI {@link se.arenaregister.document.AttachmentOwner}, which the
 * module owning each kind of owner implements (whether it exists, its name and page, who may attach, whether it is
 * public). Uses audit, security and shared. Publishes {@code document_overview} (no bytes).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {"audit", "security", "shared"})
package se.arenaregister.document;
