package se.arenaregister.person;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AppointmentRepository extends ListCrudRepository<Appointment, Long> {

    /** Appointments that end with the term: made for it, or running to its last day. */
    @Query("""
            SELECT * FROM appointment
            WHERE term_id = :termId OR end_date = :termEnd
            ORDER BY arena_id, role, start_date""")
    List<Appointment> endingWithTerm(long termId, LocalDate termEnd);

    List<Appointment> findByPersonId(long personId);
}
