package se.arenaregister.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an aggregate (a record) as audited: {@link Traceability} takes its entity type from here and its
 * snapshot from its components, so no call site names a type or builds a map. The components {@code id} and
 * {@code version} are never logged; others are logged under their own name unless marked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Traced {

    EntityType value();

    /** The tables that hold this aggregate's rows (checked against the schema by a test). */
    String[] tables();

    /** The component is logged under another name (the form field's, so history and conflict views line up). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface As {
        String value();
    }

    /** The component is not logged: a timestamp the entry has anyway, a marker, a secret. Say why where it is used. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Omitted {
    }
}
