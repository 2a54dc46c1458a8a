package se.arenaregister.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;
import se.arenaregister.followup.Verdict;

/**
 * Computed figures inside a memo text. The writer inserts a figure where the sentence needs it; the text stores it as
 * a token and the document shows the value, phrased in Swedish:
 * <ul>
 *   <li>{@code {{TOTAL}}} — the number of forums of the section's area ("14", "tio", "ett");</li>
 *   <li>{@code {{LED}}}, {@code {{LEVEL:POLITICAL}}}, {@code {{TYPE:INFLUENCE}}}, {@code {{SCOPE:EU}}},
 *       {@code {{VERDICT:RELEVANT}}} — a part of them ("varav åtta", "varav samtliga");</li>
 *   <li>{@code @<areaId>} after the measure takes another area's figure (a free section such as "Sammanfattande analys av
 *       politiska arenor" has none of its own): {@code {{TOTAL@12}}};</li>
 *   <li>{@code |en} ends a token whose noun has common gender ("en arena"; the default is "ett forum");</li>
 *   <li>{@code {{TOPIC:EU#<topicId>}}} — the live arenas handling a topic at a geographic scope, in the section's area
 *       (or {@code @area}): a gap in the coverage reads "inga" ("inga kulturella påverkansarenor på europeisk nivå").</li>
 * </ul>
 * The codes are the register's own (never translated), so a text reads the same in any language the page is shown in.
 */
public final class Figures {

    /** A figure in a text, e.g. {@code {{LEVEL:POLITICAL@12|en}}}. */
    public static final Pattern TOKEN = Pattern.compile(
            "\\{\\{\\s*([A-Z_]+)(?::([A-Z_]+))?(?:#(\\d{1,18}))?(?:@(\\d{1,18}))?(?:\\|(en|ett))?\\s*}}");
    /** Anything that looks like a figure, well formed or not: a malformed one is refused, never printed. */
    private static final Pattern ANY_BRACES = Pattern.compile("\\{\\{.*?}}|\\{\\{|}}");

    /** What a figure counts. A part counts some of the area's forums: all of them is "samtliga". */
    public enum Measure {
        TOTAL(false, null), LED(true, null), LEVEL(true, Level.values()), TYPE(true, ArenaType.values()),
        SCOPE(true, Scope.values()), VERDICT(true, Verdict.values()), TOPIC(false, Scope.values());

        private final boolean part;
        private final Enum<?>[] codes;

        Measure(boolean part, Enum<?>[] codes) {
            this.part = part;
            this.codes = codes;
        }

        public boolean isPart() {
            return part;
        }

        public boolean hasCodes() {
            return codes != null;
        }

        public List<String> codes() {
            return codes == null ? List.of() : Arrays.stream(codes).map(Enum::name).toList();
        }
    }

    /** One figure as written in the text. {@code areaId} null: the section's area. */
    public record Token(Measure measure, String code, Long topicId, Long areaId, SwedishNumbers.Gender gender, String written) {

        /** The token as the editor inserts it. */
        public static String of(Measure measure, String code, Long areaId, SwedishNumbers.Gender gender) {
            return of(measure, code, null, areaId, gender);
        }

        public static String of(Measure measure, String code, Long topicId, Long areaId, SwedishNumbers.Gender gender) {
            return "{{" + measure.name() + (code == null ? "" : ":" + code) + (topicId == null ? "" : "#" + topicId)
                    + (areaId == null ? "" : "@" + areaId) + (gender == SwedishNumbers.Gender.COMMON ? "|en" : "") + "}}";
        }
    }

    /** Where figures get their values: the areas' figures, and the coverage's count of a topic at a scope. */
    public interface Source {

        AreaFigures area(Long areaId);

        /** Live arenas handling the topic at the scope, within the area (null: the whole register). */
        int topic(long topicId, Scope scope, Long areaId);

        /** The areas' figures alone: a topic figure has no value ("–"). */
        static Source of(Map<Long, AreaFigures> figures) {
            return of(figures, null);
        }

        static Source of(Map<Long, AreaFigures> figures, se.arenaregister.analysis.CoverageFigures coverage) {
            return new Source() {
                @Override
                public AreaFigures area(Long areaId) {
                    return areaId == null ? null : figures.get(areaId);
                }

                @Override
                public int topic(long topicId, Scope scope, Long areaId) {
                    if (coverage == null) {
                        throw new IllegalStateException("no coverage to count topics in");
                    }
                    return coverage.liveArenas(topicId, scope, areaId);
                }
            };
        }
    }

    /** A figure the text cannot have: its message code and the token as written. */
    public record Problem(String code, String written) {
    }

    private Figures() {
    }

    /** The problems of a text's figures: malformed, unknown measure or code, unknown area, or no area to count in. */
    public static List<Problem> problems(String text, Long sectionAreaId, java.util.Set<Long> areaIds) {
        List<Problem> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        Matcher any = ANY_BRACES.matcher(text);
        while (any.find()) {
            Matcher token = TOKEN.matcher(any.group());
            if (!token.matches()) {
                problems.add(new Problem("memo.figure.malformed", any.group()));
                continue;
            }
            Optional<Measure> measure = measure(token.group(1));
            if (measure.isEmpty()) {
                problems.add(new Problem("memo.figure.unknown", any.group()));
                continue;
            }
            String code = token.group(2);
            if (measure.get().hasCodes() != (code != null) || code != null && !measure.get().codes().contains(code)) {
                problems.add(new Problem("memo.figure.unknown", any.group()));
                continue;
            }
            if ((measure.get() == Measure.TOPIC) != (token.group(3) != null)) {
                problems.add(new Problem("memo.figure.unknown", any.group()));
                continue;
            }
            Long area = token.group(4) == null ? sectionAreaId : Long.valueOf(token.group(4));
            if (measure.get() == Measure.TOPIC) {
                if (area != null && !areaIds.contains(area)) {
                    problems.add(new Problem("memo.figure.unknownArea", any.group()));
                }
            } else if (area == null) {
                problems.add(new Problem("memo.figure.noArea", any.group()));
            } else if (!areaIds.contains(area)) {
                problems.add(new Problem("memo.figure.unknownArea", any.group()));
            }
        }
        return problems;
    }

    /** Every well-formed figure of a text, in order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Optional<Measure> measure = measure(m.group(1));
            if (measure.isPresent()) {
                tokens.add(new Token(measure.get(), m.group(2), m.group(3) == null ? null : Long.valueOf(m.group(3)),
                        m.group(4) == null ? null : Long.valueOf(m.group(4)),
                        "en".equals(m.group(5)) ? SwedishNumbers.Gender.COMMON : SwedishNumbers.Gender.NEUTER, m.group()));
            }
        }
        return tokens;
    }

    /** The value a figure has in the register: the count, and the whole it is a part of. */
    public record Value(int count, int whole, boolean part) {
    }

    /** A figure's value, or empty when its area is unknown. */
    public static Optional<Value> value(Token token, Long sectionAreaId, Source figures) {
        Long areaId = token.areaId() == null ? sectionAreaId : token.areaId();
        if (token.measure() == Measure.TOPIC) {
            try {
                return Optional.of(new Value(figures.topic(token.topicId(), Scope.valueOf(token.code()), areaId), 0, false));
            } catch (IllegalStateException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        AreaFigures f = figures.area(areaId);
        if (f == null) {
            return Optional.empty();
        }
        int count = switch (token.measure()) {
            case TOTAL -> f.total();
            case LED -> f.ledByHome();
            case LEVEL -> f.byLevel().getOrDefault(token.code(), 0);
            case TYPE -> f.byType().getOrDefault(token.code(), 0);
            case SCOPE -> f.byScope().getOrDefault(token.code(), 0);
            case VERDICT -> f.latestVerdicts() == null ? 0 : f.latestVerdicts().getOrDefault(token.code(), 0);
            case TOPIC -> 0;
        };
        return Optional.of(new Value(count, f.total(), token.measure().isPart()));
    }

    /**
     * The text with every figure replaced by its value in words as the memo writes them ("tio", "14", "samtliga",
     * capitalised at the start of a sentence). A figure whose area no longer exists becomes "–": a document never
     * shows a token.
     */
    public static String render(String text, Long sectionAreaId, Map<Long, AreaFigures> figures) {
        return render(text, sectionAreaId, Source.of(figures));
    }

    public static String render(String text, Long sectionAreaId, Source figures) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String phrase = tokens(m.group()).stream().findFirst()
                    .flatMap(token -> value(token, sectionAreaId, figures).map(v -> phrase(v, token.gender())))
                    .orElse("–");
            out.append(atSentenceStart(out) ? SwedishNumbers.capitalised(phrase) : phrase);
            last = m.end();
        }
        out.append(text.substring(last));
        return ANY_BRACES.matcher(out).replaceAll("");
    }

    /** The figures of a text with their values, for the editor and the API: token → phrase. */
    public static Map<String, String> phrased(String text, Long sectionAreaId, Map<Long, AreaFigures> figures) {
        return phrased(text, sectionAreaId, Source.of(figures));
    }

    public static Map<String, String> phrased(String text, Long sectionAreaId, Source figures) {
        Map<String, String> phrased = new LinkedHashMap<>();
        for (Token token : tokens(text)) {
            phrased.put(token.written(), value(token, sectionAreaId, figures).map(v -> phrase(v, token.gender())).orElse("–"));
        }
        return phrased;
    }

    static String phrase(Value value, SwedishNumbers.Gender gender) {
        return value.part() ? SwedishNumbers.part(value.count(), value.whole(), gender) : SwedishNumbers.count(value.count(), gender);
    }

    /** The text with its figures taken out, so that a number typed by hand can be told from an inserted one. */
    public static String withoutFigures(String text) {
        return text == null ? "" : ANY_BRACES.matcher(TOKEN.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    private static boolean atSentenceStart(CharSequence before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '.' || c == '!' || c == '?';
            }
        }
        return true;
    }

    private static Optional<Measure> measure(String name) {
        return Arrays.stream(Measure.values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
