package se.arenaregister.security.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a sign-in through the identity provider becomes an account of the register
 * ({@code arenaregister.oidc.*}; the provider itself is Spring Boot's
 * {@code spring.security.oauth2.client.registration/provider.*}). The groups are read at every sign-in, so the
 * directory decides who holds which role.
 *
 * @param groupsClaim          the ID token or user-info claim that lists the person's groups or roles (Entra ID:
 *                             {@code groups} or {@code roles}; Keycloak: a mapper to {@code groups})
 * @param adminGroups          groups whose members are administrators
 * @param coordinatorGroups    groups whose members are coordinators (the coordination office)
 * @param representativeGroups groups whose members are representatives
 * @param readerGroups         groups whose members read internally
 * @param areaGroups           group → area name: members edit that area and its sub-areas
 *                             ({@code arenaregister.oidc.area-groups.[rjh-infrastruktur]=Infrastruktur})
 */
@ConfigurationProperties("arenaregister.oidc")
record OidcProperties(String groupsClaim, List<String> adminGroups, List<String> coordinatorGroups,
                      List<String> representativeGroups, List<String> readerGroups, Map<String, String> areaGroups) {

    private static final Logger log = LoggerFactory.getLogger(OidcProperties.class);

    OidcProperties {
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
        adminGroups = adminGroups == null ? List.of() : List.copyOf(adminGroups);
        coordinatorGroups = coordinatorGroups == null ? List.of() : List.copyOf(coordinatorGroups);
        representativeGroups = representativeGroups == null ? List.of() : List.copyOf(representativeGroups);
        readerGroups = readerGroups == null ? List.of() : List.copyOf(readerGroups);
        areaGroups = areaGroups == null ? Map.of() : new LinkedHashMap<>(areaGroups);
    }

    /**
     * The roles and areas the groups give; none when no group is mapped. An area group naming an area the register
     * does not have gives nothing and is logged, so a misspelt configuration is seen rather than silently widened.
     */
    OidcAccounts.Grants grantsFor(List<String> groups, Function<String, java.util.Optional<Long>> areaByName) {
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        add(roles, groups, adminGroups, AccountRole.ADMIN);
        add(roles, groups, coordinatorGroups, AccountRole.COORDINATOR);
        add(roles, groups, representativeGroups, AccountRole.REPRESENTATIVE);
        add(roles, groups, readerGroups, AccountRole.READER);
        Set<Long> areas = new TreeSet<>();
        for (String group : groups) {
            String area = areaGroups.get(group);
            if (area != null) {
                areaByName.apply(area).ifPresentOrElse(areas::add,
                        () -> log.warn("Identity provider group {} names area '{}', which the register does not have", group, area));
            }
        }
        return new OidcAccounts.Grants(roles, List.copyOf(areas));
    }

    private static void add(Set<AccountRole> roles, List<String> groups, List<String> mapped, AccountRole role) {
        if (groups.stream().anyMatch(mapped::contains)) {
            roles.add(role);
        }
    }
}
