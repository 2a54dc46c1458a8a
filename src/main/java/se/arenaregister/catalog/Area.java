package se.arenaregister.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A verksamhetsområde (no parent) or a sakområde within one (with parent). */
@Table("area")
public record Area(@Id Long id, Long parentId, String name, String description, int sortOrder, @Version Long version) {

    public boolean isSubArea() {
        return parentId != null;
    }
}
