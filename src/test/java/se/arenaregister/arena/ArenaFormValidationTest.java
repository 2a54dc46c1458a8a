package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form's own rules, without Spring or a database. */
class ArenaFormValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    static ArenaForm form(String name, Integer meetings, BigDecimal hours, String website) {
        return ArenaForm.builder()
                .name(name)
                .areaId(1L)
                .types(Set.of(ArenaType.INFLUENCE))
                .levels(Set.of(Level.POLITICAL))
                .scope(Scope.EU)
                .startDate(LocalDate.of(2020, 1, 1))
                .website(website)
                .meetingsPerYear(meetings)
                .hoursPerMeeting(hours)
                .build();
    }

    private Set<String> invalidFields(ArenaForm form) {
        return validator.validate(form).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void acceptsAFullyValidForm() {
        assertThat(invalidFields(form("CPMR", 4, new BigDecimal("3.5"), "https://cpmr.org"))).isEmpty();
    }

    @Test
    void treatsMissingCollectionsAsEmptyAndAMissingLeadFlagAsNo() {
        ArenaForm f = form("CPMR", null, null, null);
        assertThat(f.memberIds()).isEmpty();
        assertThat(f.ledByHome()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "''         | name",
            "'   '      | name",
            "NULL       | name"})
    void requiresAName(String name, String field) {
        assertThat(invalidFields(form(name, null, null, null))).containsExactly(field);
    }

    @Test
    void refusesNamesOver300Characters() {
        assertThat(invalidFields(form("x".repeat(300), null, null, null))).isEmpty();
        assertThat(invalidFields(form("x".repeat(301), null, null, null))).containsExactly("name");
    }

    @ParameterizedTest
    @CsvSource({"-1", "366", "10000"})
    void refusesNegativeOrAbsurdMeetingCounts(int meetings) {
        assertThat(invalidFields(form("Forum", meetings, null, null))).containsExactly("meetingsPerYear");
    }

    @ParameterizedTest
    @CsvSource({"0", "-2", "24.5", "500"})
    void refusesZeroOrAbsurdHoursPerMeeting(String hours) {
        assertThat(invalidFields(form("Forum", null, new BigDecimal(hours), null))).containsExactly("hoursPerMeeting");
    }

    @Test
    void requiresTypesLevelsScopeAndStatus() {
        ArenaForm empty = ArenaForm.builder().name("Forum").scope(null).status(null).build();
        assertThat(invalidFields(empty)).containsExactlyInAnyOrder("areaId", "types", "levels", "scope", "status");
    }

    @Test
    void refusesAWebsiteThatIsNotAWebAddress() {
        assertThat(invalidFields(form("Forum", null, null, "javascript:alert(1)"))).containsExactly("website");
        assertThat(invalidFields(form("Forum", null, null, ""))).isEmpty();
    }
}
