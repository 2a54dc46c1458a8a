package se.arenaregister.analysis.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.analysis.AreaAnalysis;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.analysis.internal.Coverage;
import se.arenaregister.analysis.internal.CoverageQueries;
import se.arenaregister.analysis.internal.ScopeCoverage;

/** The analysis as JSON: figures per area and sub-area (sentences in the request's language) and the coverage by level and by scope. */
@RestController
@RequestMapping("/api/v1")
class AnalysisApiController {

    private final AreaAnalysis analysis;
    private final CoverageQueries coverage;

    AnalysisApiController(AreaAnalysis analysis, CoverageQueries coverage) {
        this.analysis = analysis;
        this.coverage = coverage;
    }

    @GetMapping("/analysis/areas")
    @Operation(summary = "Figures per area and sub-area, with the memo's sentences and flags on hand-written numbers")
    List<AreaFigures> areas() {
        return analysis.all();
    }

    @GetMapping("/coverage")
    @Operation(summary = "Topics × levels: the arenas handling each topic at each level, with gaps and overlaps")
    Coverage coverage() {
        return coverage.coverage();
    }

    @GetMapping("/coverage/scope")
    @Operation(summary = "Topics × geographic scope: the arenas handling each topic at each scope, with gaps and overlaps "
            + "(three or more arenas, or two or more at EU scope)")
    ScopeCoverage scopeCoverage() {
        return coverage.scopeCoverage();
    }
}
