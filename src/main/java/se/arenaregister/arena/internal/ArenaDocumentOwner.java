package se.arenaregister.arena.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.document.AttachmentOwner;
import se.arenaregister.document.OwnerKind;

/**
 * Arenas carry documents (arbetsordning, agreements, minutes): the register is public, and so is every arena's page
 * (an archived one too). Whoever may edit the arena's area attaches to it.
 */
@Component
class ArenaDocumentOwner implements AttachmentOwner {

    private final ArenaQueries arenas;
    private final ArenaAccess access;

    ArenaDocumentOwner(ArenaQueries arenas, ArenaAccess access) {
        this.arenas = arenas;
        this.access = access;
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.ARENA;
    }

    @Override
    public Optional<Owner> find(long id) {
        return arenas.find(id).map(a -> new Owner(OwnerKind.ARENA, a.id(), a.name(), "/arenas/" + a.id(), true));
    }

    @Override
    public boolean mayAttach(long id) {
        return access.mayEdit(id);
    }
}
