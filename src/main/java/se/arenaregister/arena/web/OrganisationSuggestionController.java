package se.arenaregister.arena.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.arenaregister.arena.Conveners;

/**
 * Suggestions as one types a name, as options for a {@code datalist}: the register's convener filter (organisations that
 * convene an arena) and the arena form's convener and members fields (any organisation). Public, as the organisations
 * are.
 */
@Controller
class OrganisationSuggestionController {

    private static final String OPTIONS = "arena/conveners :: options";

    private final Conveners conveners;
    private final OrganisationFields organisationFields;

    OrganisationSuggestionController(Conveners conveners, OrganisationFields organisationFields) {
        this.conveners = conveners;
        this.organisationFields = organisationFields;
    }

    /** The register's convener filter. */
    @GetMapping("/arenas/conveners")
    String convenerSuggestions(@RequestParam(required = false) String convenerName, Model model) {
        model.addAttribute("suggestions", conveners.suggestions(convenerName).stream()
                .map(c -> new OrganisationFields.Suggestion(c.name(), null)).toList());
        return OPTIONS;
    }

    /**
     * The arena form's fields: the convener field's text ({@code convenerName}) or the members field's
     * ({@code memberNames}, where only the name after the last semicolon is looked up).
     */
    @GetMapping("/arenas/organisations")
    String organisationSuggestions(@RequestParam(required = false) String convenerName,
                                   @RequestParam(required = false) String memberNames, Model model) {
        model.addAttribute("suggestions", memberNames != null ? organisationFields.memberSuggestions(memberNames)
                : conveners.organisations(convenerName).stream().map(c -> new OrganisationFields.Suggestion(c.name(), null)).toList());
        return OPTIONS;
    }
}
