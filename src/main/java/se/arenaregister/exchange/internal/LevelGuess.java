package se.arenaregister.exchange.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import se.arenaregister.arena.Level;

/**
 * The levels a new arena gets when the file gives none, as the memo's appendix gives none: the arena form requires at
 * least one level, and the appendix's own words often tell it. Political level where the row's name or texts speak of
 * politicians or a political body ("(politikerforum)", "Politisk styrgrupp", "för regionpolitiker"); senior officials
 * where they name directors ("Regionutvecklingsdirektörerna"); official level where they speak of officials
 * ("tjänstepersoner", "Tjänstemannaforum") and otherwise, as most of the appendix's forums are. The preview says
 * which arenas got a level this way, so the user can correct them.
 */
final class LevelGuess {

    private static final Pattern POLITICAL = Pattern.compile("politiker|\\bpolitisk", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENIOR = Pattern.compile("direktör", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OFFICIAL = Pattern.compile("tjänstem|tjänsteperson", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LevelGuess() {
    }

    static Set<Level> of(String name, String otherInfo, String purpose) {
        String text = String.join(" ", nullToEmpty(name), nullToEmpty(otherInfo), nullToEmpty(purpose));
        Set<Level> levels = EnumSet.noneOf(Level.class);
        if (POLITICAL.matcher(text).find()) {
            levels.add(Level.POLITICAL);
        }
        if (SENIOR.matcher(text).find()) {
            levels.add(Level.SENIOR_OFFICIAL);
        }
        if (OFFICIAL.matcher(text).find() || levels.isEmpty()) {
            levels.add(Level.OFFICIAL);
        }
        return levels;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
