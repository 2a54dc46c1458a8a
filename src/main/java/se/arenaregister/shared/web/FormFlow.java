package se.arenaregister.shared.web;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;

/**
 * What every form page does with a submitted form. If the form passed its checks the change is made and its
 * redirect followed. A change the service refuses puts the messages next to their fields; an edit conflict keeps
 * what the user typed, shows the stored value beside each field that differs and moves the form to the stored
 * version, so that saving again is a deliberate choice. In both cases, as with a form that failed its checks, the
 * form page is shown again and nothing is stored.
 */
public final class FormFlow {

    private FormFlow() {
    }

    /** For a form that creates: it cannot conflict. */
    public static String submit(BindingResult result, Model model, Supplier<String> change, Supplier<String> formPage) {
        return submit(result, model, change, null, formPage);
    }

    /**
     * @param change       makes the change and answers where to go ({@code "redirect:…"})
     * @param newerVersion the submitted form moved to the stored version (the form's {@code withVersion}); null
     *                     for a form that cannot conflict
     * @param formPage     shows the form again and answers its view
     */
    public static String submit(BindingResult result, Model model, Supplier<String> change, Function<Long, ?> newerVersion,
                                Supplier<String> formPage) {
        if (!result.hasErrors()) {
            try {
                return change.get();
            } catch (InvalidInputException e) {
                FormErrors.addTo(result, e);
            } catch (EditConflictException e) {
                if (newerVersion == null) {
                    throw e;
                }
                model.addAttribute("form", newerVersion.apply(e.currentVersion()));
                model.addAttribute("conflict", Conflicts.differences(result.getTarget(), e.currentValues()));
                model.addAttribute("conflictBy", e.changedBy());
            }
        }
        return formPage.get();
    }
}
