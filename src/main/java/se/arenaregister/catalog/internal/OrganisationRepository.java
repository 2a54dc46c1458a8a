package se.arenaregister.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import se.arenaregister.catalog.Organisation;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

    @Query("SELECT * FROM organisation ORDER BY lower(name)")
    List<Organisation> findAllByOrderByName();

    @Query("SELECT * FROM organisation WHERE lower(name) = lower(:name)")
    Optional<Organisation> findByNameIgnoreCase(String name);
}
