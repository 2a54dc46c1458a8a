package se.arenaregister.analysis;

import se.arenaregister.arena.Scope;

/**
 * Single figures from the coverage, for a text to state ("inga kulturella påverkansarenor på europeisk nivå"). They
 * count what the coverage page shows: live arenas, that is neither archived nor ended.
 */
public interface CoverageFigures {

    /**
     * How many live arenas handle the topic at the scope: the arenas in that cell of the topics × scope matrix, or, with
     * an area, those of them placed in the area or one of its sub-areas (an arena counts once). One statement; 0 for an
     * unknown topic or area.
     *
     * @param areaId an area or sub-area, or null for the whole register
     */
    int liveArenas(long topicId, Scope scope, Long areaId);
}
