package se.arenaregister.security.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.security.internal.ApiTokens;
import se.arenaregister.security.internal.UserAdministration;

/** An account's API tokens as its administrator sees them ({@code /users/{id}/tokens}): listed, and revoked one by one. */
@Controller
class AccountTokenController {

    static final String VIEW = "security/account-tokens";

    private final ApiTokens tokens;
    private final UserAdministration users;
    private final Clock clock;

    AccountTokenController(ApiTokens tokens, UserAdministration users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/users/{id}/tokens")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("account", users.get(id));
        model.addAttribute("tokens", tokens.ofAccount(id));
        model.addAttribute("now", clock.instant());
        model.addAttribute("owner", id);
        return VIEW;
    }

    @PostMapping("/users/{id}/tokens/{tokenId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revokeOfAccount(id, tokenId);
        redirect.addFlashAttribute("message", "apiToken.revoked");
        return "redirect:/users/" + id + "/tokens";
    }
}
