package se.arenaregister.audit;

/**
 * Every kind of thing the audit log records, by the name stored in {@code audit_entry.entity_type}. The names
 * are part of the log's format (history pages, the register's changes, GDPR export and erasure, backups read
 * them): never rename one.
 */
public enum EntityType {

    ARENA("arena"), AREA("area"), TOPIC("topic"), ORGANISATION("organisation"),
    COMMITTEE("committee"), TERM("term"), DECISION("decision"),
    PERSON("person"), APPOINTMENT("appointment"),
    ASSESSMENT("assessment"), REVIEW("review"), MEETING("meeting"), ASSIGNMENT("assignment"), REPORT_BACK("reportBack"),
    MEMO_TEXT("memoText"),
    /** The organisation's Word template for the memo: uploaded, replaced and removed by an administrator. */
    MEMO_TEMPLATE("memoTemplate"),
    USER("user"),
    /** A memo edition (its header block, appendix choice, status draft → sent), its sections, proposals and resolved flags. */
    MEMO_EDITION("memoEdition"), MEMO_SECTION("memoSection"), MEMO_PROPOSAL("memoProposal"), MEMO_FLAG("memoFlag"),
    /** A personal API token: made, revoked, and its first use each day (with the address it came from). */
    API_TOKEN("apiToken"),
    /** A note from an arena (anteckning): who attended, what was learned, who should know, public or internal. */
    NOTE("note"),
    /** The installation as a whole: backups taken and restored. */
    BACKUP("backup"),
    /** A recipient's reminder choices (language, opted-out kinds): changed by them, signed in or through an unsubscribe link. */
    REMINDER_PREFERENCE("reminderPreference"),
    /** A reminder in the outbox: an administrator's new try of a failed one is logged (sending is the outbox's own record). */
    REMINDER("reminder"),
    /** A document (handling) attached to an arena, decision, meeting, agreement or note: uploaded, changed, deleted. */
    DOCUMENT("document"),
    /** An agreement (överenskommelse, avtal) and its validity period. */
    AGREEMENT("agreement"),
    /**
     * Attempts to log in ({@link Audited.Action#LOGIN}): the entity id is the account's id, or 0 when no account has
     * the name that was typed; the actor is the user name as typed (at most 100 characters).
     */
    LOGIN("login");

    private final String key;

    EntityType(String key) {
        this.key = key;
    }

    /** The name in the log. */
    public String key() {
        return key;
    }
}
