package se.arenaregister.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.arenaregister.shared.HomeOrganisation;

/** What every page's layout needs: whose register this is, how to switch language and where the page is in the menu. */
@ControllerAdvice
class GlobalModelAttributes {

    private final HomeOrganisation homeOrganisation;

    GlobalModelAttributes(HomeOrganisation homeOrganisation) {
        this.homeOrganisation = homeOrganisation;
    }

    @ModelAttribute("homeOrganisation")
    HomeOrganisation homeOrganisation() {
        return homeOrganisation;
    }

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return new LanguageLinks("?lang=sv", "?lang=en");
        }
        var current = ServletUriComponentsBuilder.fromRequest(request);
        return new LanguageLinks(
                current.cloneBuilder().replaceQueryParam("lang", "sv").build().toUriString(),
                current.cloneBuilder().replaceQueryParam("lang", "en").build().toUriString());
    }

    @ModelAttribute("navigation")
    Navigation navigation(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Navigation.forPath(path, request.getUserPrincipal() != null);
    }

    record LanguageLinks(String swedish, String english) {
    }
}
