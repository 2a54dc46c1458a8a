package se.arenaregister.security.internal;

/**
 * What an account may do; an account holds several. Not a person's role in an arena, which is {@code person.Role}.
 * Every role reads internally (officials' names, workload, history); an administrator may also do all a coordinator
 * may ({@link SecurityConfiguration#roleHierarchy()}).
 */
public enum AccountRole {
    /** Accounts, backup and settings, and everything a coordinator may do. */
    ADMIN,
    /** The coordination office: every area, the memo, imports, term changes, decisions, people, GDPR requests. */
    COORDINATOR,
    /** The arenas, assessments, reviews, appointments, report-backs and texts of some areas and their sub-areas. */
    AREA_EDITOR,
    /** Their own report-backs (the person their account is linked to). */
    REPRESENTATIVE,
    /** Internal reading only: officials' names, workload, history. */
    READER;

    /** The roles an administrator ticks; {@link #AREA_EDITOR} follows from choosing areas. */
    public static final java.util.List<AccountRole> TICKED = java.util.List.of(ADMIN, COORDINATOR, REPRESENTATIVE, READER);
}
