package se.arenaregister.governance;

import java.time.LocalDate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Traceability;
import se.arenaregister.governance.internal.TermRepository;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.InvalidInputException;

/** Terms of office as data: each a period that no other term overlaps. */
@Service
@Transactional
public class Terms {

    private final TermRepository terms;
    private final Permissions permissions;
    private final Traceability trail;

    Terms(TermRepository terms, Traceability trail, Permissions permissions) {
        this.permissions = permissions;
        this.terms = terms;
        this.trail = trail;
    }

    public Term create(String name, LocalDate start, LocalDate end) {
        permissions.requireCoordinator();
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
            trail.created(saved);
            return saved;
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("startDate", "term.overlap");
        }
    }
}
