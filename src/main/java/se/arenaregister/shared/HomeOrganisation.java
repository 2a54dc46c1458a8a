package se.arenaregister.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The organisation whose register this is, and the committee that appoints its representatives. */
@ConfigurationProperties("arenaregister.home-organisation")
public record HomeOrganisation(String name, String shortName, String committee) {
    public HomeOrganisation {
        name = name == null || name.isBlank() ? "Hemorganisationen" : name.strip();
        shortName = shortName == null || shortName.isBlank() ? name : shortName.strip();
    }
}
