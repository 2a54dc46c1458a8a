package se.arenaregister.catalog;

import java.util.List;

/**
 * The arenas related to a catalog entry, for its page. Implemented by the arena module, which
 * depends on this one (not the other way round).
 */
public interface RelatedArenas {

    /** An arena as listed on an organisation's or topic's page; codes are ArenaType/Level names. */
    record ArenaLink(long id, String name, String areaName, String subAreaName, List<String> levels, boolean ledByHome) {
    }

    List<ArenaLink> convenedBy(long organisationId);

    List<ArenaLink> withMember(long organisationId);

    List<ArenaLink> handlingTopic(long topicId);

    /** Number of live arenas per area id, counting an arena under both its area and its sub-area. */
    java.util.Map<Long, Integer> countsByArea();
}
