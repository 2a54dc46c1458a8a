package se.arenaregister.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.BeanWrapperImpl;

/** After an edit conflict: which stored values differ from what the user submitted (field → stored value). */
public final class Conflicts {

    private Conflicts() {
    }

    /** Compares two display snapshots with the same keys. */
    public static Map<String, String> differences(Map<String, String> submitted, Map<String, String> stored) {
        Map<String, String> differences = new LinkedHashMap<>();
        stored.forEach((field, value) -> {
            if (!Objects.equals(blankToNull(value), blankToNull(submitted.get(field)))) {
                differences.put(field, value == null ? "" : value);
            }
        });
        return differences;
    }

    /** Compares a submitted form's readable properties with a stored snapshot keyed by the same names. */
    public static Map<String, String> differences(Object form, Map<String, String> stored) {
        BeanWrapperImpl wrapper = new BeanWrapperImpl(form);
        Map<String, String> submitted = new LinkedHashMap<>();
        stored.keySet().forEach(field -> {
            if (wrapper.isReadableProperty(field)) {
                Object value = wrapper.getPropertyValue(field);
                submitted.put(field, value instanceof Enum<?> e ? e.name() : value == null ? null : value.toString().strip());
            }
        });
        Map<String, String> comparable = new LinkedHashMap<>(stored);
        comparable.keySet().retainAll(submitted.keySet());
        return differences(submitted, comparable);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
