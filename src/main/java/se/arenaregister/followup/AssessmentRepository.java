package se.arenaregister.followup;

import org.springframework.data.repository.ListCrudRepository;

interface AssessmentRepository extends ListCrudRepository<Assessment, Long> {
}
