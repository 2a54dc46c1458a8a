package se.arenaregister.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.report.internal.Figures;
import se.arenaregister.shared.InvalidInputException.Rejection;

/**
 * What a section form is checked against beyond its own constraints ({@link MemoSections}): a known area, a parent in
 * the same edition and not inside the section itself, a footnote only under a heading, and well-formed figures.
 */
@Component
class SectionRules {

    private final SectionStore store;
    private final Catalog catalog;

    SectionRules(SectionStore store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    List<Rejection> check(long editionId, Long sectionId, SectionForm form) {
        List<Rejection> rejections = new ArrayList<>();
        Set<Long> areaIds = catalog.areas().stream().map(Area::id).collect(Collectors.toSet());
        if (form.areaId() != null && !areaIds.contains(form.areaId())) {
            rejections.add(new Rejection("areaId", "memo.section.areaUnknown"));
        }
        if (form.parentId() != null) {
            List<MemoSection> all = store.sections(editionId);
            Map<Long, MemoSection> byId = all.stream().collect(Collectors.toMap(MemoSection::id, Function.identity()));
            if (!byId.containsKey(form.parentId())) {
                rejections.add(new Rejection("parentId", "memo.section.parentUnknown"));
            } else if (sectionId != null && underOrSame(form.parentId(), sectionId, byId)) {
                rejections.add(new Rejection("parentId", "memo.section.parentInside"));
            }
        }
        boolean hasHeading = form.heading() != null && !form.heading().isBlank();
        if (!hasHeading && form.headingFootnote() != null && !form.headingFootnote().isBlank()) {
            rejections.add(new Rejection("headingFootnote", "memo.section.footnoteWithoutHeading"));
        }
        for (Figures.Problem problem : Figures.problems(form.body(), form.areaId(), areaIds)) {
            rejections.add(new Rejection("body", problem.code(), problem.written()));
        }
        return rejections;
    }

    private static boolean underOrSame(long candidate, long sectionId, Map<Long, MemoSection> byId) {
        Long at = candidate;
        while (at != null) {
            if (at == sectionId) {
                return true;
            }
            MemoSection s = byId.get(at);
            at = s == null ? null : s.parentId();
        }
        return false;
    }
}
