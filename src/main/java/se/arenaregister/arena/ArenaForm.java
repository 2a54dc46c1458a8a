package se.arenaregister.arena;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user (or the demo data, or the API) submits for an arena. Rules that need the database
 * (known area, unique name within the sub-area, end after start) are checked by {@link ArenaService}.
 */
public record ArenaForm(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 100) String shortName,
        @NotNull Long areaId,
        Long subAreaId,
        Set<Long> secondaryAreaIds,
        @NotEmpty Set<ArenaType> types,
        @NotEmpty Set<Level> levels,
        @NotNull Scope scope,
        Long convenerId,
        Boolean ledByHome,
        Set<Long> memberIds,
        @Size(max = 4000) String purpose,
        @Size(max = 4000) String otherInfo,
        Set<Long> topicIds,
        @NotNull ArenaStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "{website.invalid}") String website,
        @Min(0) @Max(365) Integer meetingsPerYear,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hoursPerMeeting,
        @Size(max = 300) String responsibleOfficial,
        ArenaKind kind,
        Long companyId,
        @DecimalMin("1") @DecimalMax("5") @Digits(integer = 1, fraction = 2) BigDecimal preparationFactor,
        Boolean requiresElected,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextMeetingOn,
        Long version) {

    public ArenaForm {
        ledByHome = Boolean.TRUE.equals(ledByHome);
        requiresElected = Boolean.TRUE.equals(requiresElected);
        kind = kind == null ? ArenaKind.FORUM : kind;
        preparationFactor = preparationFactor == null ? BigDecimal.ONE : preparationFactor;
        secondaryAreaIds = secondaryAreaIds == null ? Set.of() : Set.copyOf(secondaryAreaIds);
        types = types == null ? Set.of() : Set.copyOf(types);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
        topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
    }

    public static ArenaForm empty() {
        return new ArenaForm("", "", null, null, Set.of(), Set.of(), Set.of(), Scope.REGIONAL, null, false, Set.of(), "", "",
                Set.of(), ArenaStatus.ACTIVE, null, null, "", null, null, "", ArenaKind.FORUM, null, BigDecimal.ONE, false, null, null);
    }

    /** A builder with the values of {@link #empty()}. */
    public static Builder builder() {
        return new Builder(empty());
    }

    /** A builder starting from this form's values, for a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public ArenaForm withVersion(Long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    static ArenaForm of(Arena a) {
        return builder()
                .name(a.name())
                .shortName(a.shortName())
                .areaId(a.areaId())
                .subAreaId(a.subAreaId())
                .secondaryAreaIds(collect(a.secondaryAreas(), Arena.SecondaryArea::areaId))
                .types(collect(a.types(), Arena.TypeCode::code))
                .levels(collect(a.levels(), Arena.LevelCode::code))
                .scope(a.scope())
                .convenerId(a.convenerId())
                .ledByHome(a.ledByHome())
                .memberIds(collect(a.members(), Arena.Member::organisationId))
                .purpose(a.purpose())
                .otherInfo(a.otherInfo())
                .topicIds(collect(a.topics(), Arena.TopicLink::topicId))
                .status(a.status())
                .startDate(a.startDate())
                .endDate(a.endDate())
                .website(a.website())
                .meetingsPerYear(a.meetingsPerYear())
                .hoursPerMeeting(a.hoursPerMeeting())
                .responsibleOfficial(a.responsibleOfficial())
                .kind(a.kind())
                .companyId(a.companyId())
                .preparationFactor(a.preparationFactor())
                .requiresElected(a.requiresElected())
                .nextMeetingOn(a.nextMeetingOn())
                .version(a.version())
                .build();
    }

    private static <S, T> Set<T> collect(Set<S> source, java.util.function.Function<S, T> f) {
        return source == null ? Set.of() : source.stream().map(f).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Sets a form's components by name instead of by position; {@link #build()} goes through the record's
     * constructor, so null collections and flags still become empty and false.
     */
    public static final class Builder {

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
        private Long version;

        private Builder(ArenaForm from) {
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
            version = from.version();
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder shortName(String value) {
            shortName = value;
            return this;
        }

        public Builder areaId(Long value) {
            areaId = value;
            return this;
        }

        public Builder subAreaId(Long value) {
            subAreaId = value;
            return this;
        }

        public Builder secondaryAreaIds(Set<Long> value) {
            secondaryAreaIds = value;
            return this;
        }

        public Builder types(Set<ArenaType> value) {
            types = value;
            return this;
        }

        public Builder levels(Set<Level> value) {
            levels = value;
            return this;
        }

        public Builder scope(Scope value) {
            scope = value;
            return this;
        }

        public Builder convenerId(Long value) {
            convenerId = value;
            return this;
        }

        public Builder ledByHome(Boolean value) {
            ledByHome = value;
            return this;
        }

        public Builder memberIds(Set<Long> value) {
            memberIds = value;
            return this;
        }

        public Builder purpose(String value) {
            purpose = value;
            return this;
        }

        public Builder otherInfo(String value) {
            otherInfo = value;
            return this;
        }

        public Builder topicIds(Set<Long> value) {
            topicIds = value;
            return this;
        }

        public Builder status(ArenaStatus value) {
            status = value;
            return this;
        }

        public Builder startDate(LocalDate value) {
            startDate = value;
            return this;
        }

        public Builder endDate(LocalDate value) {
            endDate = value;
            return this;
        }

        public Builder website(String value) {
            website = value;
            return this;
        }

        public Builder meetingsPerYear(Integer value) {
            meetingsPerYear = value;
            return this;
        }

        public Builder hoursPerMeeting(BigDecimal value) {
            hoursPerMeeting = value;
            return this;
        }

        public Builder responsibleOfficial(String value) {
            responsibleOfficial = value;
            return this;
        }

        public Builder kind(ArenaKind value) {
            kind = value;
            return this;
        }

        public Builder companyId(Long value) {
            companyId = value;
            return this;
        }

        public Builder preparationFactor(BigDecimal value) {
            preparationFactor = value;
            return this;
        }

        public Builder requiresElected(Boolean value) {
            requiresElected = value;
            return this;
        }

        public Builder nextMeetingOn(LocalDate value) {
            nextMeetingOn = value;
            return this;
        }

        public Builder version(Long value) {
            version = value;
            return this;
        }

        public ArenaForm build() {
            return new ArenaForm(name, shortName, areaId, subAreaId, secondaryAreaIds, types, levels, scope, convenerId, ledByHome,
                    memberIds, purpose, otherInfo, topicIds, status, startDate, endDate, website, meetingsPerYear,
                    hoursPerMeeting, responsibleOfficial, kind, companyId, preparationFactor, requiresElected,
                    nextMeetingOn, version);
        }
    }
}
