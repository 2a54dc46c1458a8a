package se.arenaregister.security.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a sign-in through the identity provider becomes an account of the register
 * ({@code arenaregister.oidc.*}; the provider itself is Spring Boot's
 * {@code spring.security.oauth2.client.registration/provider.*}).
 *
 * @param groupsClaim    the ID token or user-info claim that lists the person's groups or roles (Entra ID:
 *                       {@code groups} or {@code roles}; Keycloak: a mapper to {@code groups})
 * @param adminGroups    groups whose members are administrators
 * @param editorGroups   groups whose members are editors
 */
@ConfigurationProperties("arenaregister.oidc")
record OidcProperties(String groupsClaim, List<String> adminGroups, List<String> editorGroups) {

    OidcProperties {
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
        adminGroups = adminGroups == null ? List.of() : List.copyOf(adminGroups);
        editorGroups = editorGroups == null ? List.of() : List.copyOf(editorGroups);
    }

    /** The role the groups give, administrator before editor; none when no group is mapped. */
    AccountRole roleFor(List<String> groups) {
        if (groups.stream().anyMatch(adminGroups::contains)) {
            return AccountRole.ADMIN;
        }
        if (groups.stream().anyMatch(editorGroups::contains)) {
            return AccountRole.EDITOR;
        }
        return null;
    }
}
