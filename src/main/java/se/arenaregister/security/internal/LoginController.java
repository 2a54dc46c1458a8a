package se.arenaregister.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: a local account's form, and a way in through each configured identity provider. */
@Controller
class LoginController {

    /** An identity provider as the login page offers it: where its sign-in starts, and its name. */
    record IdentityProvider(String id, String name) {
    }

    private final List<IdentityProvider> providers;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<IdentityProvider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                found.add(new IdentityProvider(client.getRegistrationId(), client.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("identityProviders", providers);
        return "security/login";
    }
}
