package se.arenaregister.analysis.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

    /**
     * Topics × levels and topics × scope, one table after the other, or the one {@code view} names ({@code levels},
     * {@code scope}); anything else shows both. Each table is one statement.
     */
    @GetMapping("/coverage")
    String coverage(@RequestParam(required = false) String view, Model model) {
        CoverageView shown = CoverageView.of(view);
        model.addAttribute("view", shown.param());
        if (shown != CoverageView.SCOPE) {
            model.addAttribute("coverage", coverage.coverage());
        }
        if (shown != CoverageView.LEVELS) {
            model.addAttribute("scopeCoverage", coverage.scopeCoverage());
        }
        return COVERAGE_VIEW;
    }

    /** Which of the coverage tables the page shows; {@code param} is its value of {@code view} in the page's links. */
    enum CoverageView {
        BOTH, LEVELS, SCOPE;

        static CoverageView of(String param) {
            for (CoverageView v : values()) {
                if (v != BOTH && v.param().equalsIgnoreCase(param == null ? "" : param.strip())) {
                    return v;
                }
            }
            return BOTH;
        }

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
