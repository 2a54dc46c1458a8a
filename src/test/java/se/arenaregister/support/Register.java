package se.arenaregister.support;

import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.OrganisationRepository;

/** Finds demo data by the names a person reads in the memo. */
public final class Register {

    /** Tests that create arenas put them here, so the memo's counts stay as the memo has them. */
    public static final String TEST_AREA = "Testområde";
    public static final String TEST_SUB_AREA = "Testsakområde";

    private Register() {
    }

    public static synchronized long testSubArea(CatalogService catalog, AreaRepository areas) {
        long area = areas.findTopLevelByName(TEST_AREA).map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(TEST_AREA, null, null, 99, null)).id());
        return areas.findSubAreaByName(area, TEST_SUB_AREA).map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(TEST_SUB_AREA, area, null, 1, null)).id());
    }

    public static long areaId(AreaRepository areas, String name) {
        return areas.findTopLevelByName(name).map(Area::id).orElseThrow(() -> new AssertionError("No area " + name));
    }

    public static long subAreaId(AreaRepository areas, String area, String subArea) {
        return areas.findSubAreaByName(areaId(areas, area), subArea).map(Area::id)
                .orElseThrow(() -> new AssertionError("No sub-area " + area + " › " + subArea));
    }

    public static long organisationId(OrganisationRepository organisations, String name) {
        return organisations.findByNameIgnoreCase(name).orElseThrow(() -> new AssertionError("No organisation " + name)).id();
    }
}
