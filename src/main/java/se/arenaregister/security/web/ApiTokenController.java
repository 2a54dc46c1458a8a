package se.arenaregister.security.web;

import java.time.Clock;

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
import se.arenaregister.security.internal.ApiTokenExpiry;
import se.arenaregister.security.internal.ApiTokenForm;
import se.arenaregister.security.internal.ApiTokenScope;
import se.arenaregister.security.internal.ApiTokens;
import se.arenaregister.shared.web.FormFlow;
import se.arenaregister.shared.web.PublicBaseUrl;

/**
 * A signed-in user's personal API tokens ({@code /me/tokens}): the list, a form for a new one and revoking. A new
 * token's secret is drawn in the answer to the POST that made it, never kept and never shown again (not in a flash
 * attribute either, which would keep it in the session until the next request).
 */
@Controller
class ApiTokenController {

    static final String VIEW = "security/api-tokens";
    /** Not "form": the field is named {@code scope}, and "form.scope" has its own (arena) message. */
    static final String FORM = "tokenForm";

    private final ApiTokens tokens;
    private final Clock clock;
    private final PublicBaseUrl baseUrl;

    ApiTokenController(ApiTokens tokens, Clock clock, PublicBaseUrl baseUrl) {
        this.tokens = tokens;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/me/tokens")
    String list(Model model, Authentication user) {
        model.addAttribute(FORM, ApiTokenForm.empty());
        return page(model, user);
    }

    @PostMapping("/me/tokens")
    String create(@Valid @ModelAttribute(FORM) ApiTokenForm form, BindingResult result, Model model, Authentication user) {
        return FormFlow.submit(result, model, () -> {
            ApiTokens.Created created = tokens.create(user.getName(), form);
            model.addAttribute("created", created.token());
            model.addAttribute("secret", created.secret());
            model.addAttribute("baseUrl", baseUrl.get());
            // A fresh form below the secret, not the one just sent.
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + FORM);
            model.addAttribute(FORM, ApiTokenForm.empty());
            return page(model, user);
        }, () -> page(model, user));
    }

    @PostMapping("/me/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        tokens.revoke(user.getName(), id);
        redirect.addFlashAttribute("message", "apiToken.revoked");
        return "redirect:/me/tokens";
    }

    private String page(Model model, Authentication user) {
        model.addAttribute("tokens", tokens.of(user.getName()));
        model.addAttribute("scopes", ApiTokenScope.values());
        model.addAttribute("expiries", ApiTokenExpiry.values());
        model.addAttribute("now", clock.instant());
        return VIEW;
    }
}
