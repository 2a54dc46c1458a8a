package se.arenaregister.followup;

import org.springframework.data.repository.ListCrudRepository;

interface ReportBackRepository extends ListCrudRepository<ReportBack, Long> {
}
