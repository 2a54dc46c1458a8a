package se.arenaregister.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.arenaregister.security.Permissions;

/**
 * Which areas the current user may edit: a coordinator every area; an area editor the areas granted and their
 * sub-areas (an editor of Infrastruktur edits Kollektivtrafik's arenas, not Kultur's). The modules that own what
 * belongs to an area (arenas, their assessments, reviews, appointments and report-backs, the memo's area texts, the
 * import) ask here before they change anything, so the pages, the API and the import obey one rule; templates ask
 * {@code @areaAccess.mayEdit(areaId)} to show only the actions the user may take. Worked out once per request.
 */
@Component("areaAccess")
public class AreaAccess {

    private static final String CACHE = AreaAccess.class.getName() + ".editable";

    private final Catalog catalog;
    private final Permissions permissions;

    AreaAccess(Catalog catalog, Permissions permissions) {
        this.catalog = catalog;
        this.permissions = permissions;
    }

    /** Whether the user may change what belongs to this area (false for no area, unless a coordinator). */
    public boolean mayEdit(Long areaId) {
        if (permissions.isCoordinator()) {
            return true;
        }
        return areaId != null && editableAreas().contains(areaId);
    }

    /** A coordinator (or the system): every area, with no need to ask which. */
    public boolean mayEditEveryArea() {
        return permissions.isCoordinator();
    }

    /** Refuses (403) unless {@link #mayEdit(Long)}; nothing has been stored when it does. */
    public void requireEdit(Long areaId) {
        if (!mayEdit(areaId)) {
            throw new AccessDeniedException("area " + areaId);
        }
    }

    /** A coordinator or an area editor: may open the forms of arena work (what they may save is checked by area). */
    public boolean mayEditSome() {
        return permissions.mayEditSomeArea();
    }

    /** The areas the user may edit, sub-areas included: every area for a coordinator, none for the public. */
    @SuppressWarnings("unchecked")
    public Set<Long> editableAreas() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cached = request == null ? null : request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Set<?> set) {
            return (Set<Long>) set;
        }
        Set<Long> editable = compute();
        if (request != null) {
            request.setAttribute(CACHE, editable, RequestAttributes.SCOPE_REQUEST);
        }
        return editable;
    }

    /** The areas of the tree the user may edit, in tree order (for a form's choice of area). */
    public List<Area> editableAreaList() {
        Set<Long> editable = editableAreas();
        return catalog.areas().stream().filter(area -> editable.contains(area.id())).toList();
    }

    private Set<Long> compute() {
        boolean all = permissions.isCoordinator();
        Set<Long> granted = permissions.grantedAreas();
        if (!all && granted.isEmpty()) {
            return Set.of();
        }
        Set<Long> editable = new HashSet<>();
        for (Area area : catalog.areas()) {
            if (all || granted.contains(area.id()) || area.parentId() != null && granted.contains(area.parentId())) {
                editable.add(area.id());
            }
        }
        return Set.copyOf(editable);
    }
}
