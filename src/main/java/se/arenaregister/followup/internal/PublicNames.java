package se.arenaregister.followup.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.shared.UntilRegisterChanges;

/**
 * Who is named in the follow-up, as the viewer may see it (issue 11, item 5: officials stay internal). Internal users
 * (logged in) see names as they were recorded. The public sees an elected representative's name, and an official by
 * role: a person of kind OFFICIAL by title, or without one {@code followup.official} ("tjänsteperson"). A free-text
 * name (assessor, responsible, reporter) that is not an elected representative's name is taken for an official's:
 * shown by that official's title when it names a known official, as written when it is itself a role (an official's
 * title or an assignment's assignee role, e.g. "Regiondirektören"), and otherwise as "tjänsteperson".
 * Read once per answer ({@link #of}), so a list costs two statements, not two per row.
 */
@Component
@Transactional(readOnly = true)
public class PublicNames {

    static final String OFFICIAL = "followup.official";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    /** Every person's name, kept until the register changes: at 30,000 people the statement takes 50 ms. */
    private final UntilRegisterChanges.Kept<Viewer, Names> kept;

    PublicNames(JdbcClient jdbc, MessageSource messages, UntilRegisterChanges changes) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.kept = changes.keep("followup.public-names", 8);
    }

    private record Viewer(boolean internal, Locale locale) {
    }

    /** The names for one answer; {@code internal} viewers see names, the public roles; "tjänsteperson" in the current locale. */
    public Names of(boolean internal) {
        return of(internal, LocaleContextHolder.getLocale());
    }

    public Names of(boolean internal, Locale locale) {
        return kept.get(new Viewer(internal, locale), v -> read(v.internal(), v.locale()));
    }

    private Names read(boolean internal, Locale locale) {
        Map<Long, Named> people = new HashMap<>();
        Set<String> elected = new HashSet<>();
        Map<String, Named> officials = new HashMap<>();
        Set<String> roles = new HashSet<>();
        jdbc.sql("SELECT id, name, kind, title FROM person_overview").query((rs, n) -> {
            Named p = new Named(rs.getString("name"), "ELECTED".equals(rs.getString("kind")), rs.getString("title"));
            people.put(rs.getLong("id"), p);
            if (p.elected()) {
                elected.add(key(p.name()));
            } else {
                officials.put(key(p.name()), p);
                if (p.title() != null && !p.title().isBlank()) {
                    roles.add(key(p.title()));
                }
            }
            return p;
        }).list();
        if (!internal) {
            roles.addAll(jdbc.sql("SELECT DISTINCT assignee_role FROM assignment WHERE assignee_role IS NOT NULL")
                    .query(String.class).list().stream().map(PublicNames::key).toList());
        }
        return new Names(internal, people, elected, officials, roles, messages.getMessage(OFFICIAL, null, locale));
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private record Named(String name, boolean elected, String title) {
    }

    /** Names as one viewer may see them. */
    public static final class Names {

        private final boolean internal;
        private final Map<Long, Named> people;
        private final Set<String> elected;
        private final Map<String, Named> officials;
        private final Set<String> roles;
        private final String official;

        Names(boolean internal, Map<Long, Named> people, Set<String> elected, Map<String, Named> officials, Set<String> roles,
              String official) {
            this.internal = internal;
            this.people = people;
            this.elected = elected;
            this.officials = officials;
            this.roles = roles;
            this.official = official;
        }

        /** A person (by id) or, without one, a free-text name: who reported, who is responsible, who assessed. */
        public String who(Long personId, String freeText) {
            Named person = personId == null ? null : people.get(personId);
            if (person != null) {
                return internal || person.elected() ? person.name() : role(person);
            }
            if (freeText == null || freeText.isBlank() || internal) {
                return freeText;
            }
            String key = key(freeText);
            if (elected.contains(key) || roles.contains(key)) {
                return freeText;
            }
            Named known = officials.get(key);
            return known != null ? role(known) : official;
        }

        /** An assignment's assignee: a role (public as written) and/or a person ("Regiondirektören, Anna Andersson"). */
        public String assignee(String role, Long personId) {
            boolean hasRole = role != null && !role.isBlank();
            Named person = personId == null ? null : people.get(personId);
            if (person == null) {
                return hasRole ? role : null;
            }
            if (internal || person.elected()) {
                return hasRole ? role + ", " + person.name() : person.name();
            }
            return hasRole ? role : role(person);
        }

        private String role(Named official) {
            return official.title() == null || official.title().isBlank() ? this.official : official.title();
        }
    }
}
