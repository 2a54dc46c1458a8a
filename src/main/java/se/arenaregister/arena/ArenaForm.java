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
        @Size(max = 1000) String awaiting,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awaitingBy,
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
                Set.of(), ArenaStatus.ACTIVE, null, null, "", null, null, "", ArenaKind.FORUM, null, BigDecimal.ONE, false, null, "", null, null);
    }

    /** A builder with the values of {@link #empty()}. */
    public static ArenaFormBuilder builder() {
        return new ArenaFormBuilder(empty());
    }

    /** A builder starting from this form's values, for a copy with some of them changed. */
    public ArenaFormBuilder toBuilder() {
        return new ArenaFormBuilder(this);
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
                .awaiting(a.awaiting())
                .awaitingBy(a.awaitingBy())
                .version(a.version())
                .build();
    }

    private static <S, T> Set<T> collect(Set<S> source, java.util.function.Function<S, T> f) {
        return source == null ? Set.of() : source.stream().map(f).collect(java.util.stream.Collectors.toSet());
    }
}
