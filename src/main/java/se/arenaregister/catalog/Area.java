package se.arenaregister.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** A verksamhetsområde (no parent) or a sakområde within one (with parent). */
@Table("area")
@Traced(value = EntityType.AREA, tables = "area")
public record Area(@Id Long id, @Traced.As("parent") Long parentId, String name, String description, int sortOrder, @Version Long version) {

    public boolean isSubArea() {
        return parentId != null;
    }
}
