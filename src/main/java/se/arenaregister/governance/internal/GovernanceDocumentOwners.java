package se.arenaregister.governance.internal;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.arenaregister.document.AttachmentOwner;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.security.Permissions;

/** Decisions and agreements carry documents: both public, attached to by the coordination office. */
@Configuration(proxyBeanMethods = false)
class GovernanceDocumentOwners {

    @Bean
    AttachmentOwner decisionDocuments(DecisionRepository decisions, Permissions permissions) {
        return new CoordinatorOwned(OwnerKind.DECISION, permissions,
                id -> decisions.findById(id).map(d -> d.reference() + " – " + d.title()));
    }

    @Bean
    AttachmentOwner agreementDocuments(AgreementRepository agreements, Permissions permissions) {
        return new CoordinatorOwned(OwnerKind.AGREEMENT, permissions, id -> agreements.findById(id).map(a -> a.title()));
    }

    /** An owner whose page is public and to which coordinators attach. */
    private record CoordinatorOwned(OwnerKind kind, Permissions permissions, java.util.function.LongFunction<Optional<String>> names)
            implements AttachmentOwner {

        @Override
        public Optional<Owner> find(long id) {
            return names.apply(id).map(name -> new Owner(kind, id, name, "/" + kind.segment() + "/" + id, true));
        }

        @Override
        public boolean mayAttach(long id) {
            return permissions.isCoordinator();
        }
    }
}
