package se.arenaregister.arena;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.arenaregister.catalog.AreaAccess;

/**
 * Who may change an arena and what belongs to it (its appointments, assessments, reviews and report-backs): whoever
 * may edit the area it belongs to ({@link ArenaRow#owningAreaId()}, see {@link AreaAccess}). The modules that own those
 * things ask here before changing them; templates ask {@code @arenaAccess.mayEdit(id)}.
 */
@Component("arenaAccess")
public class ArenaAccess {

    private static final String CACHE = ArenaAccess.class.getName() + ".editable";

    private final ArenaQueries arenas;
    private final AreaAccess areas;

    ArenaAccess(ArenaQueries arenas, AreaAccess areas) {
        this.arenas = arenas;
        this.areas = areas;
    }

    /**
     * Whether the user may change this arena's things. For a page's rows: one query per request whatever the rows (the
     * arenas of the user's areas), none for a coordinator.
     */
    public boolean mayEdit(long arenaId) {
        if (areas.mayEditEveryArea()) {
            return true;
        }
        Set<Long> editable = areas.editableAreas();
        if (editable.isEmpty()) {
            return false;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cached = request == null ? null : request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        @SuppressWarnings("unchecked")
        Set<Long> arenaIds = cached instanceof Set<?> set ? (Set<Long>) set : null;
        if (arenaIds == null) {
            arenaIds = arenas.arenasIn(editable);
            if (request != null) {
                request.setAttribute(CACHE, arenaIds, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return arenaIds.contains(arenaId);
    }

    public boolean mayEdit(ArenaRow arena) {
        return areas.mayEdit(arena.owningAreaId());
    }

    /**
     * Refuses (403) unless {@link #mayEdit(long)}; nothing has been stored when it does. An unknown arena passes, so
     * that the caller's own validation names the field.
     */
    public void requireEdit(Long arenaId) {
        if (arenaId == null || areas.mayEditEveryArea()) {
            return;
        }
        arenas.owningArea(arenaId).ifPresent(areas::requireEdit);
    }
}
