package se.arenaregister.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<CommitteeMeeting, Long> {

    @Query("SELECT * FROM committee_meeting ORDER BY meets_on")
    List<CommitteeMeeting> findAllInOrder();

    Optional<CommitteeMeeting> findByCommitteeIdAndMeetsOn(long committeeId, LocalDate meetsOn);
}
