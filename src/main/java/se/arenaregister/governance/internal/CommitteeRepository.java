package se.arenaregister.governance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import se.arenaregister.governance.Committee;

public interface CommitteeRepository extends ListCrudRepository<Committee, Long> {

    @Query("SELECT * FROM committee ORDER BY name")
    List<Committee> findAllByOrderByName();

    Optional<Committee> findByShortName(String shortName);
}
