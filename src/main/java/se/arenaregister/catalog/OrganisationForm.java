package se.arenaregister.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record OrganisationForm(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 100) String shortName,
        @NotNull OrganisationKind kind,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "{website.invalid}") String website,
        @Size(max = 4000) String description,
        Long version) {

    public static OrganisationForm empty() {
        return new OrganisationForm("", "", OrganisationKind.OTHER, "", "", null);
    }

    public static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.name(), o.shortName(), o.kind(), o.website(), o.description(), o.version());
    }

    public OrganisationForm withVersion(Long newVersion) {
        return new OrganisationForm(name, shortName, kind, website, description, newVersion);
    }
}
