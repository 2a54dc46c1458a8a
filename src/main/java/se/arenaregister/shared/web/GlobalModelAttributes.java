package se.arenaregister.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import se.arenaregister.shared.HomeOrganisation;

/**
 * What every page's layout needs: whose register this is, how to switch language, who is looking and where the page is
 * in the menu.
 */
@ControllerAdvice
class GlobalModelAttributes {

    private final HomeOrganisation homeOrganisation;
    private final ObjectProvider<RoleHierarchy> hierarchy;

    GlobalModelAttributes(HomeOrganisation homeOrganisation, ObjectProvider<RoleHierarchy> hierarchy) {
        this.homeOrganisation = homeOrganisation;
        this.hierarchy = hierarchy;
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
        // Relative (path and query of this request): an absolute link would repeat the request's Host header.
        String path = request.getRequestURI().replaceFirst("^/+", "/");
        var current = UriComponentsBuilder.newInstance().path(path).query(request.getQueryString());
        return new LanguageLinks(
                current.cloneBuilder().replaceQueryParam("lang", "sv").build().toUriString(),
                current.cloneBuilder().replaceQueryParam("lang", "en").build().toUriString());
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.of(SecurityContextHolder.getContext().getAuthentication(),
                hierarchy.getIfAvailable(() -> authorities -> authorities));
    }

    @ModelAttribute("navigation")
    Navigation navigation(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Navigation.forPath(path, viewer()::holds);
    }

    /**
     * The same for a view an exception handler answers with: Spring applies {@code @ModelAttribute} methods to
     * handler methods only, so without this an error page would lack the organisation, language links and menu.
     */
    ModelAndView addTo(ModelAndView view, HttpServletRequest request) {
        view.addObject("homeOrganisation", homeOrganisation());
        view.addObject("languageLinks", languageLinks(request));
        view.addObject("viewer", viewer());
        view.addObject("navigation", navigation(request));
        return view;
    }

    record LanguageLinks(String swedish, String english) {
    }
}
