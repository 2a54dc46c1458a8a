package se.arenaregister.arena.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.Conveners;

/**
 * The arena form's convener and members as fields one types names into, with suggestions, instead of lists of every
 * organisation (3,000 of them at 100,000 arenas, two lists of them on every form). The convener is a text field
 * ({@code convenerName}); the members are the current ones as boxes to untick and a text field ({@code memberNames}) for
 * more, several separated by semicolons. A name is taken when it is an organisation's name (case ignored) or part of
 * only one organisation's name; anything else is an error next to the field, with what was typed kept.
 *
 * <p>A request without the text fields (the API, or a client that posts the ids) keeps the ids it posted.
 */
@Component
class OrganisationFields {

    /** Several names in the members field are separated by this (organisation names hold commas, never semicolons). */
    static final String SEPARATOR = ";";
    /** Names added at once at most (each is looked up): more is refused, not half done. */
    static final int MOST_NAMES = 50;
    /** The members field's length on the page. */
    static final int LONGEST_FIELD = 3000;

    private static final java.text.Collator SWEDISH = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv"));

    private final Conveners organisations;

    OrganisationFields(Conveners organisations) {
        this.organisations = organisations;
    }

    /**
     * The form with the typed names made ids; names that choose no organisation are rejected on {@code convenerId} or
     * {@code memberIds} in {@code result}. The page's fields, as typed, go into the model for a page drawn again. Null
     * when the request made no form (a value of the wrong type: the binder's errors say which).
     */
    ArenaForm resolve(ArenaForm form, String convenerName, String memberNames, BindingResult result, Model model) {
        if (form == null || result.getTarget() == null) {
            // The request's values made no form (one of the wrong type, which its field's error names): the page is drawn
            // again with what was typed, which is looked up once the form is whole.
            model.addAttribute("convenerName", convenerName == null ? "" : convenerName.strip());
            model.addAttribute("members", List.of());
            model.addAttribute("memberNames", memberNames == null ? "" : memberNames.strip());
            return null;
        }
        se.arenaregister.arena.ArenaFormBuilder resolved = form.toBuilder();
        String convenerShown = null;
        if (convenerName != null) {
            Conveners.Choice choice = organisations.organisationNamed(convenerName);
            if (choice.unknown()) {
                result.rejectValue("convenerId", choice.ambiguous() ? "arena.convener.several" : "arena.convener.unknown",
                        new Object[] {choice.shown()}, null);
            } else {
                resolved.convenerId(choice.id());
            }
            convenerShown = choice.shown();
        }
        Set<Long> members = new LinkedHashSet<>(form.memberIds());
        List<String> unknown = new ArrayList<>();
        List<String> names = memberNames == null ? List.of()
                : java.util.Arrays.stream(memberNames.split(SEPARATOR)).filter(n -> !n.isBlank()).toList();
        if (names.size() > MOST_NAMES) {
            result.rejectValue("memberIds", "arena.member.tooMany", new Object[] {MOST_NAMES}, null);
            String typed = memberNames.strip();
            unknown.add(typed.length() > LONGEST_FIELD ? typed.substring(0, LONGEST_FIELD) : typed);
        } else {
            for (String name : names) {
                Conveners.Choice choice = organisations.organisationNamed(name);
                if (choice.id() == null) {
                    unknown.add(choice.shown());
                    result.rejectValue("memberIds", choice.ambiguous() ? "arena.member.several" : "arena.member.unknown",
                            new Object[] {choice.shown()}, null);
                } else {
                    members.add(choice.id());
                }
            }
        }
        resolved.memberIds(members);
        ArenaForm done = resolved.build();
        describe(done, model);
        if (convenerShown != null) {
            model.addAttribute("convenerName", convenerShown);
        }
        model.addAttribute("memberNames", String.join(SEPARATOR + " ", unknown));
        return done;
    }

    /** The page's fields for a form: the convener's name, the members by name, nothing typed to add. */
    void describe(ArenaForm form, Model model) {
        List<Conveners.Convener> named = organisations.named(form.convenerId() == null ? List.of() : List.of(form.convenerId()));
        model.addAttribute("convenerName", named.isEmpty() ? "" : named.get(0).name());
        List<Conveners.Convener> members = new ArrayList<>(organisations.named(List.copyOf(form.memberIds())));
        members.sort(java.util.Comparator.comparing(Conveners.Convener::name, SWEDISH));
        model.addAttribute("members", members);
        model.addAttribute("memberNames", "");
    }

    /**
     * Suggestions for the members field: organisations with the text after the last semicolon in their names, each
     * offered as the whole field would read with it chosen (the names typed before it kept), as a {@code datalist} fills
     * the whole field.
     */
    List<Suggestion> memberSuggestions(String typed) {
        String text = typed == null ? "" : typed;
        int last = text.lastIndexOf(SEPARATOR);
        String before = last < 0 ? "" : text.substring(0, last + 1).strip() + " ";
        String part = last < 0 ? text : text.substring(last + 1);
        return organisations.organisations(part).stream().map(o -> new Suggestion(before + o.name(), o.name())).toList();
    }

    /** A suggestion: what the field would hold ({@code value}) and the organisation it adds ({@code label}). */
    record Suggestion(String value, String label) {
    }
}
