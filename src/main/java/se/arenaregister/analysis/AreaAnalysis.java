package se.arenaregister.analysis;

import java.util.List;
import java.util.Optional;

/** The register's figures per area and sub-area (in register order), and the memo's free texts. */
public interface AreaAnalysis {

    /** Every area followed by its sub-areas, in register order. */
    List<AreaFigures> all();

    Optional<AreaFigures> of(long areaId);

    /** The memo's introduction as the coordination office last edited it, or null. */
    String introduction();
}
