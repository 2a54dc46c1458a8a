package se.arenaregister.person.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.arenaregister.person.internal.CompanyQueries;
import se.arenaregister.shared.web.Viewers;

/** The companies the home organisation owns a share of: their bodies, board nominees and next general meeting. */
@Controller
class CompanyController {

    static final String VIEW = "person/companies";

    private final CompanyQueries queries;
    private final Clock clock;

    CompanyController(CompanyQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/companies")
    String list(Model model, Authentication user) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("companies", queries.companies(today, Viewers.isInternal(user)));
        return VIEW;
    }
}
