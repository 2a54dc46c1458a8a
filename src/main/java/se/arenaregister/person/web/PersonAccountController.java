package se.arenaregister.person.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.person.AccountLinkForm;
import se.arenaregister.person.People;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.web.FormErrors;

/** Links a person to a user account, or to none: coordinators and administrators (the URL rules and the service). */
@Controller
class PersonAccountController {

    private final People people;
    private final PersonForms forms;

    PersonAccountController(People people, PersonForms forms) {
        this.people = people;
        this.forms = forms;
    }

    @PostMapping("/people/{id}/account")
    String linkAccount(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountLinkForm accountForm, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                people.linkAccount(id, accountForm);
                redirect.addFlashAttribute("message", accountForm.none() ? "person.account.unlinked" : "person.account.linked");
                return "redirect:/people/" + id;
            } catch (InvalidInputException e) {
                FormErrors.addTo(result, e);
            } catch (EditConflictException e) {
                // Someone saved the person meanwhile: the choice is kept, against the stored version, to be sent again.
                model.addAttribute("accountForm", accountForm.withVersion(e.currentVersion()));
                result.reject("person.account.conflict");
            }
        }
        model.addAttribute("form", people.formFor(id));
        return forms.editPage(model, id);
    }
}
