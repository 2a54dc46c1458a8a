package se.arenaregister.document;

import java.util.List;

/**
 * What the "Handlingar" section of an owner's page shows ({@code templates/document/_documents.html}): the documents
 * the viewer may see, and whether the viewer may attach (the upload form) and where it posts.
 */
public record DocumentSection(OwnerKind ownerKind, long ownerId, List<Document> documents, boolean mayAttach, long maxMegabytes) {

    public String uploadPath() {
        return "/" + ownerKind.segment() + "/" + ownerId + "/documents";
    }

    public DocumentKind[] kinds() {
        return DocumentKind.values();
    }
}
