package se.arenaregister.analysis.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.analysis.AreaAnalysis;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.analysis.MemoTextForm;
import se.arenaregister.analysis.MemoTexts;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.Conflicts;
import se.arenaregister.shared.web.FormErrors;

/** Editing the memo's hand-written texts: the introduction and each area's analysis (logged in). */
@Controller
class MemoTextController {

    static final String FORM_VIEW = "analysis/text-form";

    private final MemoTexts texts;
    private final AreaAccess access;
    private final AreaAnalysis analysis;

    MemoTextController(MemoTexts texts, AreaAnalysis analysis, AreaAccess access) {
        this.access = access;
        this.texts = texts;
        this.analysis = analysis;
    }

    @GetMapping("/analysis/intro")
    String introForm(Model model) {
        MemoTexts.MemoText stored = texts.introduction();
        model.addAttribute("form", new MemoTextForm(stored.text(), stored.version()));
        return introView(model);
    }

    @PostMapping("/analysis/intro")
    String saveIntro(@Valid @ModelAttribute("form") MemoTextForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && save(() -> texts.saveIntroduction(form), form, result, model)) {
            redirect.addFlashAttribute("message", "analysis.text.saved");
            return "redirect:/analysis#intro";
        }
        return introView(model);
    }

    @GetMapping("/analysis/areas/{id}/text")
    String areaForm(@PathVariable long id, Model model) {
        MemoTexts.MemoText stored = texts.ofArea(id);
        access.requireEdit(id);
        model.addAttribute("form", new MemoTextForm(stored.text(), stored.version()));
        return areaView(id, model);
    }

    @PostMapping("/analysis/areas/{id}/text")
    String saveArea(@PathVariable long id, @Valid @ModelAttribute("form") MemoTextForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors() && save(() -> texts.saveArea(id, form), form, result, model)) {
            redirect.addFlashAttribute("message", "analysis.text.saved");
            return "redirect:/analysis/areas/" + id;
        }
        return areaView(id, model);
    }

    /** Saves; on bad input or a conflict puts it on the form and answers false. */
    private static boolean save(Runnable save, MemoTextForm form, BindingResult result, Model model) {
        try {
            save.run();
            return true;
        } catch (InvalidInputException e) {
            FormErrors.addTo(result, e);
        } catch (EditConflictException e) {
            model.addAttribute("form", form.withVersion(e.currentVersion()));
            model.addAttribute("conflict", Conflicts.differences(form, e.currentValues()));
            model.addAttribute("conflictBy", e.changedBy());
        }
        return false;
    }

    private String introView(Model model) {
        model.addAttribute("action", "/analysis/intro");
        model.addAttribute("back", "/analysis#intro");
        model.addAttribute("area", null);
        return FORM_VIEW;
    }

    private String areaView(long id, Model model) {
        AreaFigures area = analysis.of(id).orElseThrow(() -> new NotFoundException("area", id));
        model.addAttribute("action", "/analysis/areas/" + id + "/text");
        model.addAttribute("back", "/analysis/areas/" + id);
        model.addAttribute("area", area);
        return FORM_VIEW;
    }
}
