package se.arenaregister.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the current user may do, for the services that check it (every way in, the pages, the API and the import,
 * reaches the same check) and for the templates ({@code @permissions}). Read from the request's authentication:
 * {@code ROLE_*} authorities (with what they imply, see the role hierarchy) and one {@code AREA_<id>} per area the
 * account edits. Which arenas an area grants, sub-areas included, is the catalog's {@code AreaAccess}.
 *
 * <p>Work that runs outside any request (the demo data at first start, scheduled jobs) has no authentication at all
 * and is the system's own: it may do everything. A visitor in a request always has one, the anonymous one, and may
 * change nothing.
 */
@Component("permissions")
public class Permissions {

    public static final String AREA_PREFIX = "AREA_";

    private static final String REACHED = Permissions.class.getName() + ".reached";

    private final RoleHierarchy hierarchy;

    Permissions(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** Signed in with any role: reads what the public does not see (officials' names, workload, history). */
    public boolean mayReadInternal() {
        return isSystem() || has("ROLE_READER");
    }

    public boolean isAdministrator() {
        return isSystem() || has("ROLE_ADMIN");
    }

    /** The coordination office (or an administrator): every area, the memo, decisions, people, imports, terms. */
    public boolean isCoordinator() {
        return isSystem() || has("ROLE_COORDINATOR");
    }

    public boolean isAreaEditor() {
        return has("ROLE_AREA_EDITOR");
    }

    public boolean isRepresentative() {
        return has("ROLE_REPRESENTATIVE");
    }

    /** A coordinator, or an editor of some area: may open the forms that edit arenas (the service checks the area). */
    public boolean mayEditSomeArea() {
        return isCoordinator() || isAreaEditor();
    }

    /** The areas granted to the account by name (not their sub-areas); empty for a coordinator, who needs none. */
    public Set<Long> grantedAreas() {
        Set<Long> areas = new TreeSet<>();
        for (GrantedAuthority authority : authorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(AREA_PREFIX)) {
                try {
                    areas.add(Long.parseLong(name.substring(AREA_PREFIX.length())));
                } catch (NumberFormatException notAnArea) {
                    // Another authority that happens to start so: not an area grant.
                }
            }
        }
        return areas;
    }

    /** The user name of the account, null for the system and the public. */
    public String username() {
        Authentication who = authentication();
        return who == null || !signedIn(who) ? null : who.getName();
    }

    /** Refuses (403) unless the user is a coordinator; nothing has been stored when it does. */
    public void requireCoordinator() {
        if (!isCoordinator()) {
            throw new AccessDeniedException("coordinator");
        }
    }

    public void requireAdministrator() {
        if (!isAdministrator()) {
            throw new AccessDeniedException("administrator");
        }
    }

    /** No authentication at all: work of the application's own outside a request. */
    public boolean isSystem() {
        return authentication() == null;
    }

    private boolean has(String authority) {
        return authorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /**
     * The authorities the user holds, those the role hierarchy reaches included: worked out once per request and
     * authentication (a page asks for every row it draws), kept in the request's attributes.
     */
    private Collection<? extends GrantedAuthority> authorities() {
        Authentication who = authentication();
        if (who == null || !signedIn(who)) {
            return Set.of();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REACHED, RequestAttributes.SCOPE_REQUEST) instanceof Reached reached
                && reached.who() == who) {
            return reached.authorities();
        }
        Collection<? extends GrantedAuthority> authorities = hierarchy.getReachableGrantedAuthorities(who.getAuthorities());
        if (request != null) {
            request.setAttribute(REACHED, new Reached(who, authorities), RequestAttributes.SCOPE_REQUEST);
        }
        return authorities;
    }

    private record Reached(Authentication who, Collection<? extends GrantedAuthority> authorities) {
    }

    private static boolean signedIn(Authentication who) {
        return who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
