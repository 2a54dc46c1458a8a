package se.arenaregister.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.report.MemoEditions;
import se.arenaregister.report.internal.Figures;
import se.arenaregister.report.internal.Figures.Measure;
import se.arenaregister.report.internal.SwedishNumbers;

/**
 * The figures the writer may insert into a section's text, for its area: what each counts (in the page's language),
 * the token the text stores, and how the document phrases its value today.
 */
@Component
class FigureMenu {

    /** One figure to insert: its label, token and today's phrasing ("åtta", "samtliga"). */
    record Choice(String label, String token, String phrase) {
    }

    private static final Map<Measure, String> CODE_LABELS = Map.of(Measure.LEVEL, "level.", Measure.TYPE, "arenaType.",
            Measure.SCOPE, "scope.", Measure.VERDICT, "verdict.");

    private final MemoEditions editions;
    private final MessageSource messages;

    FigureMenu(MemoEditions editions, MessageSource messages) {
        this.editions = editions;
        this.messages = messages;
    }

    List<Choice> forArea(Long areaId) {
        if (areaId == null) {
            return List.of();
        }
        Map<Long, AreaFigures> figures = editions.figures();
        Locale locale = LocaleContextHolder.getLocale();
        List<Choice> choices = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            if (measure == Measure.TOPIC) {
                continue; // a topic at a scope is chosen in its own small form beside the list
            }
            List<String> codes = measure.hasCodes() ? measure.codes() : java.util.Collections.singletonList(null);
            for (String code : codes) {
                String token = Figures.Token.of(measure, code, null, SwedishNumbers.Gender.NEUTER);
                String label = messages.getMessage("memo.figure." + measure.name(),
                        new Object[] {code == null ? "" : inSentence(messages.getMessage(CODE_LABELS.get(measure) + code, null, locale), locale)},
                        locale);
                choices.add(new Choice(label, token, Figures.phrased(token, areaId, figures).get(token)));
            }
        }
        return choices;
    }

    /** "Politisk nivå" as it reads inside a phrase ("varav på politisk nivå"); an abbreviation ("EU") stays. */
    private static String inSentence(String label, Locale locale) {
        boolean abbreviation = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return abbreviation ? label : label.substring(0, 1).toLowerCase(locale) + label.substring(1);
    }
}
