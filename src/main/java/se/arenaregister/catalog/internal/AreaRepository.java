package se.arenaregister.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import se.arenaregister.catalog.Area;

public interface AreaRepository extends ListCrudRepository<Area, Long> {

    @Query("SELECT * FROM area ORDER BY coalesce(parent_id, id), parent_id NULLS FIRST, sort_order, name")
    List<Area> findAllInTreeOrder();

    @Query("SELECT * FROM area WHERE parent_id IS NULL AND lower(name) = lower(:name)")
    Optional<Area> findTopLevelByName(String name);

    @Query("SELECT * FROM area WHERE parent_id = :parentId AND lower(name) = lower(:name)")
    Optional<Area> findSubAreaByName(long parentId, String name);

    @Query("SELECT coalesce(max(sort_order), 0) FROM area WHERE parent_id IS NOT DISTINCT FROM :parentId")
    int maxSortOrder(Long parentId);
}
