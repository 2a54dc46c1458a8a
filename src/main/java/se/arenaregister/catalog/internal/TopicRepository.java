package se.arenaregister.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import se.arenaregister.catalog.Topic;

public interface TopicRepository extends ListCrudRepository<Topic, Long> {

    @Query("SELECT * FROM topic ORDER BY lower(name)")
    List<Topic> findAllByOrderByName();

    @Query("SELECT * FROM topic WHERE lower(name) = lower(:name)")
    Optional<Topic> findByNameIgnoreCase(String name);
}
