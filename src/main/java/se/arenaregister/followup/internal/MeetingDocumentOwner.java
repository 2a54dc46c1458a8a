package se.arenaregister.followup.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import se.arenaregister.document.AttachmentOwner;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.security.Permissions;

/** Committee meetings carry documents (minutes, the agenda's papers): public, as the meeting's page; the coordination office attaches. */
@Component
class MeetingDocumentOwner implements AttachmentOwner {

    private final FollowUpQueries queries;
    private final Permissions permissions;

    MeetingDocumentOwner(FollowUpQueries queries, Permissions permissions) {
        this.queries = queries;
        this.permissions = permissions;
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.MEETING;
    }

    @Override
    public Optional<Owner> find(long id) {
        return queries.meeting(id).map(m -> new Owner(OwnerKind.MEETING, id, m.committee() + " " + m.meetsOn(), "/meetings/" + id, true));
    }

    @Override
    public boolean mayAttach(long id) {
        return permissions.isCoordinator();
    }
}
