package se.arenaregister.security.web;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.PasswordForm;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.security.internal.UserForm;
import se.arenaregister.shared.web.FormFlow;

/**
 * Accounts (administrators only: {@code /users}) and every user's own password ({@code /account/password}).
 * Passwords are never shown again once set.
 */
@Controller
class UserController {

    static final String LIST_VIEW = "security/users";
    static final String FORM_VIEW = "security/user-form";
    static final String PASSWORD_VIEW = "security/password-form";

    private final UserAdministration users;

    UserController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/users")
    String list(Model model) {
        model.addAttribute("users", users.all());
        java.util.Map<Long, String> areaNames = new java.util.HashMap<>();
        users.areaChoices().forEach(choice -> areaNames.put(choice.id(), choice.label()));
        model.addAttribute("areaNames", areaNames);
        return LIST_VIEW;
    }

    @GetMapping("/users/new")
    String createForm(Model model) {
        model.addAttribute("form", NewUserForm.empty());
        return form(model, null);
    }

    @PostMapping("/users")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            users.create(form);
            redirect.addFlashAttribute("message", "user.created");
            return "redirect:/users";
        }, () -> form(model, null));
    }

    @GetMapping("/users/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", UserForm.of(users.get(id)));
        return form(model, id);
    }

    @PostMapping("/users/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                  Authentication user, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            users.update(id, form, user.getName());
            redirect.addFlashAttribute("message", "user.saved");
            return "redirect:/users";
        }, form::withVersion, () -> form(model, id));
    }

    @GetMapping("/users/{id}/password")
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return password(model, id);
    }

    @PostMapping("/users/{id}/password")
    String setPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            users.setPassword(id, form);
            redirect.addFlashAttribute("message", "user.password.set");
            return "redirect:/users";
        }, () -> password(model, id));
    }

    @GetMapping("/account/password")
    String ownPasswordForm(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return password(model, null);
    }

    @PostMapping("/account/password")
    String changeOwnPassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
                             Authentication user, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            users.changeOwnPassword(user.getName(), form);
            redirect.addFlashAttribute("message", "user.password.changed");
            return "redirect:/account/password";
        }, () -> password(model, null));
    }

    private String form(Model model, Long id) {
        model.addAttribute("userId", id);
        model.addAttribute("account", id == null ? null : users.get(id));
        model.addAttribute("roles", AccountRole.TICKED);
        model.addAttribute("areas", users.areaChoices());
        model.addAttribute("minPassword", UserAdministration.MIN_PASSWORD);
        return FORM_VIEW;
    }

    /** {@code id} null: the user's own password, asking for the current one. */
    private String password(Model model, Long id) {
        model.addAttribute("userId", id);
        model.addAttribute("account", id == null ? null : users.get(id));
        model.addAttribute("minPassword", UserAdministration.MIN_PASSWORD);
        return PASSWORD_VIEW;
    }
}
