package se.arenaregister.governance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.governance.internal.CommitteeRepository;
import se.arenaregister.governance.internal.DecisionRepository;
import se.arenaregister.governance.internal.TermRepository;

/**
 * Committees, decisions and terms of office as other modules read them. Read-only; changes go through
 * {@link Decisions} and {@link Terms}, which validate and audit them.
 */
@Service
@Transactional(readOnly = true)
public class Governance {

    private final CommitteeRepository committees;
    private final DecisionRepository decisions;
    private final TermRepository terms;

    Governance(CommitteeRepository committees, DecisionRepository decisions, TermRepository terms) {
        this.committees = committees;
        this.decisions = decisions;
        this.terms = terms;
    }

    /** Every committee by name. */
    public List<Committee> committees() {
        return committees.findAllByOrderByName();
    }

    /** The committees with these ids; unknown ids are left out. */
    public List<Committee> committees(Collection<Long> ids) {
        return committees.findAllById(ids);
    }

    public Optional<Committee> findCommittee(long id) {
        return committees.findById(id);
    }

    /** The committee of this short name, e.g. RUN. */
    public Optional<Committee> findCommitteeByShortName(String shortName) {
        return committees.findByShortName(shortName);
    }

    /** Every decision, the newest first. */
    public List<Decision> decisions() {
        return decisions.findAllNewestFirst();
    }

    public Optional<Decision> findDecision(long id) {
        return decisions.findById(id);
    }

    /** The decision of this reference (diarienummer), e.g. RUN/78/2022. */
    public Optional<Decision> findDecisionByReference(String reference) {
        return decisions.findByReference(reference);
    }

    /** Every term of office, the earliest first. */
    public List<Term> terms() {
        return terms.findAllInOrder();
    }

    public Optional<Term> findTerm(long id) {
        return terms.findById(id);
    }

    /** The term that starts after the given one ends, the first such. */
    public Optional<Term> termAfter(Term term) {
        return terms.findFirstStartingAfter(term.endDate());
    }
}
