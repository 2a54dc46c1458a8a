package se.arenaregister.governance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import se.arenaregister.governance.Term;

public interface TermRepository extends ListCrudRepository<Term, Long> {

    @Query("SELECT * FROM term ORDER BY start_date")
    List<Term> findAllInOrder();

    @Query("SELECT * FROM term WHERE :date BETWEEN start_date AND end_date")
    Optional<Term> findContaining(LocalDate date);

    /** The term that starts right after the given one ends. */
    @Query("SELECT * FROM term WHERE start_date > :end ORDER BY start_date LIMIT 1")
    Optional<Term> findFirstStartingAfter(LocalDate end);

    Optional<Term> findByName(String name);
}
