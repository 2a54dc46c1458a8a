package se.arenaregister.followup;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewRepository extends ListCrudRepository<Review, Long> {
}
