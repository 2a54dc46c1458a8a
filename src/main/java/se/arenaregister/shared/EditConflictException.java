package se.arenaregister.shared;

import java.util.Map;

/**
 * Someone else saved the same thing after the user opened the form. Carries the values now stored
 * (field → display value) and their version, so the form can show both and never silently overwrite.
 */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;
    private final Map<String, String> currentValues;
    private final String changedBy;

    public EditConflictException(long currentVersion, Map<String, String> currentValues, String changedBy) {
        super("Edit conflict: stored version is " + currentVersion);
        this.currentVersion = currentVersion;
        this.currentValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(currentValues));
        this.changedBy = changedBy;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public Map<String, String> currentValues() {
        return currentValues;
    }

    public String changedBy() {
        return changedBy;
    }
}
