package se.arenaregister.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How the owning module names what a component refers to (an area's name for {@code areaId}): the audit log
 * cannot look other modules' data up. Keyed by the logged field name; the function gets the component's value
 * and may answer null. Fields without a label are written from their value.
 */
public final class Labels {

    public static final Labels NONE = new Labels(Map.of());

    private final Map<String, Function<Object, String>> byField;

    private Labels(Map<String, Function<Object, String>> byField) {
        this.byField = byField;
    }

    public static <V> Labels of(String field, Function<V, String> label) {
        return NONE.and(field, label);
    }

    @SuppressWarnings("unchecked")
    public <V> Labels and(String field, Function<V, String> label) {
        Map<String, Function<Object, String>> more = new LinkedHashMap<>(byField);
        more.put(field, value -> value == null ? null : label.apply((V) value));
        return new Labels(more);
    }

    Function<Object, String> forField(String field) {
        return byField.get(field);
    }
}
