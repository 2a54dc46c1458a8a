package se.arenaregister.followup;

import org.springframework.data.repository.ListCrudRepository;

interface AssignmentRepository extends ListCrudRepository<Assignment, Long> {
}
