package se.arenaregister.report;

import java.util.Map;

import se.arenaregister.analysis.AreaFigures;

/** An area's figures as an edition stated them (stored when it was sent) or as the register counts them now (a draft). */
public record StatedFigures(long areaId, String name, Long parentId, int total, int ledByHome, Map<String, Integer> byLevel,
                            Map<String, Integer> byType, Map<String, Integer> byScope, Map<String, Integer> latestVerdicts) {

    static StatedFigures of(AreaFigures f) {
        return new StatedFigures(f.areaId(), f.name(), f.parentId(), f.total(), f.ledByHome(), f.byLevel(), f.byType(), f.byScope(),
                f.latestVerdicts());
    }

    int political() {
        return byLevel == null ? 0 : byLevel.getOrDefault("POLITICAL", 0);
    }
}
