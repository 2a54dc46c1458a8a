package se.arenaregister.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal ownershipShare,
        Long version) {

    public static OrganisationForm empty() {
        return new OrganisationForm("", "", OrganisationKind.OTHER, "", "", null, null);
    }

    public static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.name(), o.shortName(), o.kind(), o.website(), o.description(), o.ownershipShare(), o.version());
    }

    public OrganisationForm withVersion(Long newVersion) {
        return new OrganisationForm(name, shortName, kind, website, description, ownershipShare, newVersion);
    }
}
