package se.arenaregister.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a {@link Traced} record: its type, id, version, and its display snapshot (field name → value as a person reads it). */
final class Snapshots {

    private static final String ID = "id";
    private static final String VERSION = "version";

    private Snapshots() {
    }

    static Traced traced(Object aggregate) {
        Traced traced = aggregate.getClass().getAnnotation(Traced.class);
        if (traced == null || !aggregate.getClass().isRecord()) {
            throw new IllegalArgumentException(aggregate.getClass().getName() + " is not a @Traced record");
        }
        return traced;
    }

    static EntityType type(Object aggregate) {
        return traced(aggregate).value();
    }

    static long id(Object aggregate) {
        Object id = component(aggregate, ID);
        if (id == null) {
            throw new IllegalArgumentException("An unsaved " + type(aggregate).key() + " has no id to log");
        }
        return ((Number) id).longValue();
    }

    /** The stored version, -1 when there is none (nothing stored yet). */
    static long version(Object aggregate) {
        Object version = component(aggregate, VERSION);
        return version == null ? -1 : ((Number) version).longValue();
    }

    static Map<String, String> of(Object aggregate, Labels labels) {
        traced(aggregate);
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (RecordComponent component : aggregate.getClass().getRecordComponents()) {
            if (component.getName().equals(ID) || component.getName().equals(VERSION) || component.isAnnotationPresent(Traced.Omitted.class)) {
                continue;
            }
            Traced.As as = component.getAnnotation(Traced.As.class);
            String field = as == null ? component.getName() : as.value();
            Object value = read(aggregate, component);
            Function<Object, String> label = labels.forField(field);
            snapshot.put(field, label != null ? label.apply(value) : display(value));
        }
        return snapshot;
    }

    /**
     * A value as the log has always written it: enums by name, decimals without trailing zeros, collections
     * (of values or of one-component link records) in their natural order, comma-separated, null when empty.
     */
    static String display(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> values) {
            String joined = values.stream().map(Snapshots::unwrap).filter(Objects::nonNull)
                    .sorted(Snapshots::naturally).map(Snapshots::display).collect(Collectors.joining(", "));
            return joined.isEmpty() ? null : joined;
        }
        return value.toString();
    }

    /** A link record with one component (an arena's type code, a member's organisation id) stands for that value. */
    static Object unwrap(Object value) {
        if (value != null && value.getClass().isRecord() && value.getClass().getRecordComponents().length == 1) {
            return read(value, value.getClass().getRecordComponents()[0]);
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int naturally(Object a, Object b) {
        if (a instanceof Comparable ca && a.getClass().equals(b.getClass())) {
            return ca.compareTo(b);
        }
        return Comparator.<String>naturalOrder().compare(a.toString(), b.toString());
    }

    private static Object component(Object aggregate, String name) {
        for (RecordComponent component : aggregate.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return read(aggregate, component);
            }
        }
        return null;
    }

    private static Object read(Object record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            // Aggregates are package-private records of their modules.
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
