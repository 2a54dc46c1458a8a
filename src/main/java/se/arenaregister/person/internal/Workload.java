package se.arenaregister.person.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time cost: each participant in an arena spends meetings per year × hours per meeting × the
 * preparation and travel factor. Summed per person, per arena, per area and per level, and flagged
 * where a person's total exceeds a share of a full-time year. Pure computation, no database.
 */
public record Workload(List<PersonLoad> people, List<Total> byArena, List<Total> byArea, List<Total> byLevel,
                       BigDecimal fullTimeHours, BigDecimal flagShare) {

    /** One active appointment with what the arena costs each participant per year. */
    public record Participation(long personId, String personName, boolean elected, long arenaId, String arenaName, String areaName,
                                List<String> arenaLevels, String role, BigDecimal hoursPerYear) {

        /** Elected people sit at political level; officials at the arena's senior-official level if it has one. */
        String level() {
            if (elected) {
                return "POLITICAL";
            }
            return arenaLevels.contains("SENIOR_OFFICIAL") && !arenaLevels.contains("OFFICIAL") ? "SENIOR_OFFICIAL" : "OFFICIAL";
        }
    }

    public record PersonLoad(long personId, String name, boolean elected, BigDecimal hoursPerYear, BigDecimal shareOfFullTime,
                             boolean flagged, List<Participation> arenas) {
    }

    public record Total(String key, String label, BigDecimal hoursPerYear, int participants) {
    }

    public static Workload of(List<Participation> participations, BigDecimal fullTimeHours, BigDecimal flagShare) {
        Map<Long, List<Participation>> byPerson = new LinkedHashMap<>();
        participations.forEach(p -> byPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p));
        List<PersonLoad> people = new ArrayList<>();
        byPerson.forEach((id, list) -> {
            BigDecimal hours = sum(list);
            BigDecimal share = fullTimeHours.signum() == 0 ? BigDecimal.ZERO : hours.divide(fullTimeHours, 3, RoundingMode.HALF_UP);
            people.add(new PersonLoad(id, list.get(0).personName(), list.get(0).elected(), hours, share,
                    share.compareTo(flagShare) > 0, List.copyOf(list)));
        });
        people.sort(Comparator.comparing(PersonLoad::hoursPerYear).reversed().thenComparing(PersonLoad::name));
        return new Workload(people,
                totals(participations, p -> String.valueOf(p.arenaId()), Participation::arenaName),
                totals(participations, Participation::areaName, Participation::areaName),
                totals(participations, Participation::level, Participation::level),
                fullTimeHours, flagShare);
    }

    public BigDecimal totalHours() {
        return people.stream().map(PersonLoad::hoursPerYear).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Total> totals(List<Participation> all, java.util.function.Function<Participation, String> key,
                                      java.util.function.Function<Participation, String> label) {
        Map<String, List<Participation>> grouped = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        all.forEach(p -> {
            grouped.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
            labels.putIfAbsent(key.apply(p), label.apply(p));
        });
        List<Total> totals = new ArrayList<>();
        grouped.forEach((k, list) -> totals.add(new Total(k, labels.get(k), sum(list), list.size())));
        totals.sort(Comparator.comparing(Total::hoursPerYear).reversed().thenComparing(Total::label));
        return totals;
    }

    private static BigDecimal sum(List<Participation> list) {
        return list.stream().map(Participation::hoursPerYear).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
    }
}
