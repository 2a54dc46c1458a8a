package se.arenaregister.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user fills in for an area or sub-area; {@code parentId} makes it a sub-area. */
public record AreaForm(
        @NotBlank @Size(max = 300) String name,
        Long parentId,
        @Size(max = 4000) String description,
        @Min(0) @Max(10000) Integer sortOrder,
        Long version) {

    public static AreaForm empty() {
        return new AreaForm("", null, "", null, null);
    }

    public static AreaForm of(Area area) {
        return new AreaForm(area.name(), area.parentId(), area.description(), area.sortOrder(), area.version());
    }

    public AreaForm withVersion(Long newVersion) {
        return new AreaForm(name, parentId, description, sortOrder, newVersion);
    }
}
