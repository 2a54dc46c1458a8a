package se.arenaregister.arena;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ArenaRepository extends ListCrudRepository<Arena, Long> {

    @Query("""
            SELECT count(*) > 0 FROM arena
            WHERE NOT archived AND coalesce(sub_area_id, area_id) = :groupId AND lower(name) = lower(:name)
              AND id IS DISTINCT FROM :exceptId""")
    boolean nameTakenInGroup(long groupId, String name, Long exceptId);
}
