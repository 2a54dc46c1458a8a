package se.arenaregister.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import se.arenaregister.catalog.Organisation;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

    @Query("SELECT * FROM organisation ORDER BY lower(name)")
    List<Organisation> findAllByOrderByName();

    /** The organisations of one kind (its code), by name. */
    @Query("SELECT * FROM organisation WHERE kind = :kind ORDER BY lower(name)")
    List<Organisation> findByKindOrderByName(String kind);

    @Query("SELECT * FROM organisation WHERE lower(name) = lower(:name)")
    Optional<Organisation> findByNameIgnoreCase(String name);
}
