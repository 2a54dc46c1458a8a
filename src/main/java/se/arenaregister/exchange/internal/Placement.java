package se.arenaregister.exchange.internal;

import se.arenaregister.catalog.Area;

/** Where a row's arena sits: a top-level area and, optionally, one of its sub-areas. */
record Placement(Area area, Area subArea) {

    /** The area or sub-area an arena's name must be unique in. */
    long groupId() {
        return subArea != null ? subArea.id() : area.id();
    }

    Long subAreaId() {
        return subArea == null ? null : subArea.id();
    }

    String subAreaName() {
        return subArea == null ? null : subArea.name();
    }
}
