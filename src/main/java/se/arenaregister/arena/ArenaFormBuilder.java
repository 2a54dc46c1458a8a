package se.arenaregister.arena;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Sets a form's components by name instead of by position; {@link #build()} goes through the record's
 * constructor, so null collections and flags still become empty and false.
 */
public final class ArenaFormBuilder {

    private String name;
    private String shortName;
    private Long areaId;
    private Long subAreaId;
    private Set<Long> secondaryAreaIds;
    private Set<ArenaType> types;
    private Set<Level> levels;
    private Scope scope;
    private Long convenerId;
    private Boolean ledByHome;
    private Set<Long> memberIds;
    private String purpose;
    private String otherInfo;
    private Set<Long> topicIds;
    private ArenaStatus status;
    private LocalDate startDate;
    private LocalDate endDate;
    private String website;
    private Integer meetingsPerYear;
    private BigDecimal hoursPerMeeting;
    private String responsibleOfficial;
    private ArenaKind kind;
    private Long companyId;
    private BigDecimal preparationFactor;
    private Boolean requiresElected;
    private LocalDate nextMeetingOn;
    private String awaiting;
    private LocalDate awaitingBy;
    private Long version;

    ArenaFormBuilder(ArenaForm from) {
        name = from.name();
        shortName = from.shortName();
        areaId = from.areaId();
        subAreaId = from.subAreaId();
        secondaryAreaIds = from.secondaryAreaIds();
        types = from.types();
        levels = from.levels();
        scope = from.scope();
        convenerId = from.convenerId();
        ledByHome = from.ledByHome();
        memberIds = from.memberIds();
        purpose = from.purpose();
        otherInfo = from.otherInfo();
        topicIds = from.topicIds();
        status = from.status();
        startDate = from.startDate();
        endDate = from.endDate();
        website = from.website();
        meetingsPerYear = from.meetingsPerYear();
        hoursPerMeeting = from.hoursPerMeeting();
        responsibleOfficial = from.responsibleOfficial();
        kind = from.kind();
        companyId = from.companyId();
        preparationFactor = from.preparationFactor();
        requiresElected = from.requiresElected();
        nextMeetingOn = from.nextMeetingOn();
        awaiting = from.awaiting();
        awaitingBy = from.awaitingBy();
        version = from.version();
    }

    public ArenaFormBuilder name(String value) {
        name = value;
        return this;
    }

    public ArenaFormBuilder shortName(String value) {
        shortName = value;
        return this;
    }

    public ArenaFormBuilder areaId(Long value) {
        areaId = value;
        return this;
    }

    public ArenaFormBuilder subAreaId(Long value) {
        subAreaId = value;
        return this;
    }

    public ArenaFormBuilder secondaryAreaIds(Set<Long> value) {
        secondaryAreaIds = value;
        return this;
    }

    public ArenaFormBuilder types(Set<ArenaType> value) {
        types = value;
        return this;
    }

    public ArenaFormBuilder levels(Set<Level> value) {
        levels = value;
        return this;
    }

    public ArenaFormBuilder scope(Scope value) {
        scope = value;
        return this;
    }

    public ArenaFormBuilder convenerId(Long value) {
        convenerId = value;
        return this;
    }

    public ArenaFormBuilder ledByHome(Boolean value) {
        ledByHome = value;
        return this;
    }

    public ArenaFormBuilder memberIds(Set<Long> value) {
        memberIds = value;
        return this;
    }

    public ArenaFormBuilder purpose(String value) {
        purpose = value;
        return this;
    }

    public ArenaFormBuilder otherInfo(String value) {
        otherInfo = value;
        return this;
    }

    public ArenaFormBuilder topicIds(Set<Long> value) {
        topicIds = value;
        return this;
    }

    public ArenaFormBuilder status(ArenaStatus value) {
        status = value;
        return this;
    }

    public ArenaFormBuilder startDate(LocalDate value) {
        startDate = value;
        return this;
    }

    public ArenaFormBuilder endDate(LocalDate value) {
        endDate = value;
        return this;
    }

    public ArenaFormBuilder website(String value) {
        website = value;
        return this;
    }

    public ArenaFormBuilder meetingsPerYear(Integer value) {
        meetingsPerYear = value;
        return this;
    }

    public ArenaFormBuilder hoursPerMeeting(BigDecimal value) {
        hoursPerMeeting = value;
        return this;
    }

    public ArenaFormBuilder responsibleOfficial(String value) {
        responsibleOfficial = value;
        return this;
    }

    public ArenaFormBuilder kind(ArenaKind value) {
        kind = value;
        return this;
    }

    public ArenaFormBuilder companyId(Long value) {
        companyId = value;
        return this;
    }

    public ArenaFormBuilder preparationFactor(BigDecimal value) {
        preparationFactor = value;
        return this;
    }

    public ArenaFormBuilder requiresElected(Boolean value) {
        requiresElected = value;
        return this;
    }

    public ArenaFormBuilder nextMeetingOn(LocalDate value) {
        nextMeetingOn = value;
        return this;
    }

    /** What an arena under consideration awaits: the decision and where it is taken. */
    public ArenaFormBuilder awaiting(String value) {
        awaiting = value;
        return this;
    }

    public ArenaFormBuilder awaitingBy(LocalDate value) {
        awaitingBy = value;
        return this;
    }

    public ArenaFormBuilder version(Long value) {
        version = value;
        return this;
    }

    public ArenaForm build() {
        return new ArenaForm(name, shortName, areaId, subAreaId, secondaryAreaIds, types, levels, scope, convenerId, ledByHome,
                memberIds, purpose, otherInfo, topicIds, status, startDate, endDate, website, meetingsPerYear,
                hoursPerMeeting, responsibleOfficial, kind, companyId, preparationFactor, requiresElected,
                nextMeetingOn, awaiting, awaitingBy, version);
    }
}
