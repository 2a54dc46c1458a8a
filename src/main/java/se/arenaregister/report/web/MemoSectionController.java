package se.arenaregister.report.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.report.FlagForm;
import se.arenaregister.report.MemoEditions;
import se.arenaregister.report.MemoSection;
import se.arenaregister.report.MemoSections;
import se.arenaregister.report.SectionForm;
import se.arenaregister.shared.web.FormFlow;

/** The outline's sections: add, write (with figures and flags), move, delete; resolving a flag. */
@Controller
class MemoSectionController {

    static final String FORM_VIEW = "report/section-form";
    static final String PREVIEW_FRAGMENT = "report/section-form :: preview";

    private final MemoEditions editions;
    private final MemoSections sections;
    private final MemoEditionController editionPage;
    private final Catalog catalog;
    private final FigureMenu menu;

    MemoSectionController(MemoEditions editions, MemoSections sections, MemoEditionController editionPage, Catalog catalog,
                          FigureMenu menu) {
        this.editions = editions;
        this.sections = sections;
        this.editionPage = editionPage;
        this.catalog = catalog;
        this.menu = menu;
    }

    @PostMapping("/memos/{id}/sections")
    String add(@PathVariable long id, @Valid @ModelAttribute("sectionForm") SectionForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long section = sections.addSection(id, form);
            redirect.addFlashAttribute("message", "memo.section.added");
            return "redirect:/memos/sections/" + section + "/edit";
        }, () -> editionPage.show(id, model));
    }

    @GetMapping("/memos/sections/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        MemoSection section = sections.section(id);
        model.addAttribute("form", SectionForm.of(section));
        return form(section, model);
    }

    @PostMapping("/memos/sections/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SectionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        MemoSection section = sections.section(id);
        return FormFlow.submit(result, model, () -> {
            sections.updateSection(id, form);
            redirect.addFlashAttribute("message", "memo.section.saved");
            return "redirect:/memos/sections/" + id + "/edit";
        }, version -> new SectionForm(form.heading(), form.headingFootnote(), form.areaId(), form.parentId(), form.kind(), form.body(),
                version), () -> form(section, model));
    }

    /** The text as the document will show it, figures phrased: for the editor's preview (htmx), nothing stored. */
    @PostMapping("/memos/sections/{id}/preview")
    String preview(@PathVariable long id, @RequestParam(required = false) String body, @RequestParam(required = false) Long areaId,
                   Model model) {
        MemoSection section = sections.section(id);
        model.addAttribute("preview", editions.preview(body, areaId == null ? section.areaId() : areaId));
        return PREVIEW_FRAGMENT;
    }

    @PostMapping("/memos/sections/{id}/move")
    String move(@PathVariable long id, @RequestParam int direction, RedirectAttributes redirect) {
        MemoSection section = sections.section(id);
        sections.moveSection(id, direction);
        redirect.addFlashAttribute("message", "memo.section.moved");
        return "redirect:/memos/" + section.editionId() + "#section-" + id;
    }

    @PostMapping("/memos/sections/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        MemoSection section = sections.section(id);
        sections.deleteSection(id, version);
        redirect.addFlashAttribute("message", "memo.section.deleted");
        return "redirect:/memos/" + section.editionId();
    }

    @PostMapping("/memos/sections/{id}/flags")
    String resolve(@PathVariable long id, @Valid @ModelAttribute("flagForm") FlagForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        MemoSection section = sections.section(id);
        return FormFlow.submit(result, model, () -> {
            sections.resolveFlag(id, form);
            redirect.addFlashAttribute("message", "memo.flag.resolved");
            return "redirect:/memos/sections/" + id + "/edit";
        }, () -> {
            model.addAttribute("form", SectionForm.of(section));
            return form(section, model);
        });
    }

    @PostMapping("/memos/sections/{id}/flags/reopen")
    String reopen(@PathVariable long id, @RequestParam String phrase, @RequestParam int stated, RedirectAttributes redirect) {
        sections.reopenFlag(id, phrase, stated);
        redirect.addFlashAttribute("message", "memo.flag.reopened");
        return "redirect:/memos/sections/" + id + "/edit";
    }

    private String form(MemoSection section, Model model) {
        model.addAttribute("section", section);
        model.addAttribute("edition", editions.edition(section.editionId()));
        model.addAttribute("flags", sections.flags(section.id()));
        model.addAttribute("mayManage", editions.mayManage());
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("parents", sections.outline(section.editionId()).stream()
                .filter(e -> e.section().id() != section.id()).toList());
        model.addAttribute("menu", menu.forArea(section.areaId()));
        model.addAttribute("topics", catalog.topics());
        model.addAttribute("preview", editions.preview(section.body(), section.areaId()));
        if (!model.containsAttribute("flagForm")) {
            model.addAttribute("flagForm", new FlagForm("", null, ""));
        }
        return FORM_VIEW;
    }
}
