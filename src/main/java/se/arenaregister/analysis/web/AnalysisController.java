package se.arenaregister.analysis.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.arenaregister.analysis.AreaAnalysis;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.analysis.internal.CoverageQueries;
import se.arenaregister.shared.NotFoundException;

/** The public analysis: figures per area and sub-area, the hand-written texts with their flags, and the coverage. */
@Controller
class AnalysisController {

    static final String OVERVIEW_VIEW = "analysis/overview";
    static final String AREA_VIEW = "analysis/area";
    static final String COVERAGE_VIEW = "analysis/coverage";

    private final AreaAnalysis analysis;
    private final CoverageQueries coverage;

    AnalysisController(AreaAnalysis analysis, CoverageQueries coverage) {
        this.analysis = analysis;
        this.coverage = coverage;
    }

    @GetMapping("/analysis")
    String overview(Model model) {
        List<AreaFigures> all = analysis.all();
        model.addAttribute("sections", all.stream().filter(a -> !a.isSubArea()).map(a -> Section.of(a, all)).toList());
        model.addAttribute("introduction", analysis.introduction());
        return OVERVIEW_VIEW;
    }

    @GetMapping("/analysis/areas/{id}")
    String area(@PathVariable long id, Model model) {
        List<AreaFigures> all = analysis.all();
        AreaFigures area = all.stream().filter(a -> a.areaId() == id).findFirst().orElseThrow(() -> new NotFoundException("area", id));
        model.addAttribute("area", area);
        model.addAttribute("section", Section.of(area, all));
        return AREA_VIEW;
    }

    /** An area with its sub-areas; {@code rows} are what its table lists (the area itself when it has none). */
    record Section(AreaFigures area, List<AreaFigures> subAreas, List<AreaFigures> rows) {

        static Section of(AreaFigures area, List<AreaFigures> all) {
            List<AreaFigures> subAreas = all.stream().filter(a -> a.parentId() != null && a.parentId() == area.areaId()).toList();
            return new Section(area, subAreas, subAreas.isEmpty() ? List.of(area) : subAreas);
        }
    }

    @GetMapping("/coverage")
    String coverage(Model model) {
        model.addAttribute("coverage", coverage.coverage());
        return COVERAGE_VIEW;
    }
}
