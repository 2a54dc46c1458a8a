package se.arenaregister.shared.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking at a page, worked out once per request for its templates (the {@code viewer} model attribute): signed
 * in or not, under which name, and the roles held, those the role hierarchy reaches included. Templates ask it instead
 * of Spring Security's {@code sec:authorize}, which looks the expression handler up among all beans and parses its
 * expression on every use (a quarter of a signed-in page's drawing in the scale benchmark).
 *
 * @param signedIn whether someone internal is signed in ({@link Viewers#isInternal})
 * @param name     the signed-in user's name, or null
 * @param roles    the roles held, without the {@code ROLE_} prefix; empty for the public
 */
public record Viewer(boolean signedIn, String name, Set<String> roles) {

    static final Viewer PUBLIC = new Viewer(false, null, Set.of());

    public Viewer {
        roles = Set.copyOf(roles);
    }

    static Viewer of(Authentication user, RoleHierarchy hierarchy) {
        if (!Viewers.isInternal(user)) {
            return PUBLIC;
        }
        Set<String> held = hierarchy.getReachableGrantedAuthorities(user.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        return new Viewer(true, user.getName(), held);
    }

    /** @param role a role without the {@code ROLE_} prefix, as in {@code hasRole('COORDINATOR')} */
    public boolean holds(String role) {
        return roles.contains(role);
    }

    public boolean holdsAny(String... roles) {
        return Arrays.stream(roles).anyMatch(this::holds);
    }
}
