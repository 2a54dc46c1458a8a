package se.arenaregister.governance;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Audited;
import se.arenaregister.shared.InvalidInputException;

/** Terms of office as data: each a period that no other term overlaps. */
@Service
@Transactional
public class Terms {

    private final TermRepository terms;
    private final ApplicationEventPublisher events;

    Terms(TermRepository terms, ApplicationEventPublisher events) {
        this.terms = terms;
        this.events = events;
    }

    public Term create(String name, LocalDate start, LocalDate end) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "NotBlank");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw InvalidInputException.of("endDate", "term.endDate.beforeStart");
        }
        if (terms.findByName(name.strip()).isPresent()) {
            throw InvalidInputException.of("name", "name.duplicate");
        }
        try {
            Term saved = terms.save(new Term(null, name.strip(), start, end));
            events.publishEvent(Audited.created("term", saved.id(), Map.of("name", saved.name(),
                    "startDate", start.toString(), "endDate", end.toString())));
            return saved;
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("startDate", "term.overlap");
        }
    }
}
