package se.arenaregister.document;

import java.util.Optional;

/**
 * The SPI a module implements for each kind of thing documents attach to (one Spring bean per {@link OwnerKind}):
 * the document module asks it whether the owner exists, what it is called and where its page is, whether the
 * current user may attach and delete documents there, and whether the public sees it.
 */
public interface AttachmentOwner {

    OwnerKind kind();

    /** The owner, or empty when there is none with this id (or the current user may not see it at all). */
    Optional<Owner> find(long id);

    /** Whether the current user may attach documents to this owner, change and delete them. */
    boolean mayAttach(long id);

    /** An owner as a document's page names it: {@code path} is its page, {@code visibleToPublic} whether anonymous visitors see it. */
    record Owner(OwnerKind kind, long id, String name, String path, boolean visibleToPublic) {
    }
}
