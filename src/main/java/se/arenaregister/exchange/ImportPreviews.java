package se.arenaregister.exchange;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Previews waiting for confirmation, held on the server (the file is never uploaded twice) under a
 * random id and bound to the user who uploaded it. Few and short-lived, so memory stays bounded.
 */
@Component
class ImportPreviews {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(30);
    static final int MAX_HELD = 20;

    private final Map<String, ImportPreview> previews = new LinkedHashMap<>();
    private final Clock clock;

    ImportPreviews(Clock clock) {
        this.clock = clock;
    }

    synchronized void put(ImportPreview preview) {
        expire();
        while (previews.size() >= MAX_HELD) {
            Iterator<String> oldest = previews.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        previews.put(preview.id(), preview);
    }

    /** The preview, removed so it is applied at most once; empty if unknown, expired or someone else's. */
    synchronized Optional<ImportPreview> take(String id, String owner) {
        expire();
        ImportPreview preview = previews.get(id);
        if (preview == null || !preview.owner().equals(owner)) {
            return Optional.empty();
        }
        previews.remove(id);
        return Optional.of(preview);
    }

    private void expire() {
        var limit = clock.instant().minus(TIME_TO_LIVE);
        previews.values().removeIf(p -> p.createdAt().isBefore(limit));
    }
}
