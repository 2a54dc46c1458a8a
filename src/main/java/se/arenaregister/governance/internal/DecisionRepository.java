package se.arenaregister.governance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import se.arenaregister.governance.Decision;

public interface DecisionRepository extends ListCrudRepository<Decision, Long> {

    @Query("SELECT * FROM decision ORDER BY decided_on DESC, reference")
    List<Decision> findAllNewestFirst();

    Optional<Decision> findByReference(String reference);
}
