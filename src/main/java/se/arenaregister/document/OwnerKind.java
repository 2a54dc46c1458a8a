package se.arenaregister.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a document is attached to, with the path segment of its pages ({@code /arenas/5}) and of the API
 * ({@code /api/v1/arenas/5/documents}). Each kind's {@link AttachmentOwner} lives in the module that owns it.
 */
public enum OwnerKind {

    ARENA("arenas"), DECISION("decisions"), MEETING("meetings"), AGREEMENT("agreements"), NOTE("notes");

    private final String segment;

    OwnerKind(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }

    public static Optional<OwnerKind> ofSegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst();
    }
}
