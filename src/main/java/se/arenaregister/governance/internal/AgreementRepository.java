package se.arenaregister.governance.internal;

import org.springframework.data.repository.ListCrudRepository;
import se.arenaregister.governance.Agreement;

public interface AgreementRepository extends ListCrudRepository<Agreement, Long> {
}
