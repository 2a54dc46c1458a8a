package se.arenaregister.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Previews waiting for confirmation, held on the server (the file is never uploaded twice) under a random id and
 * bound to the user who uploaded it. Each user has a shelf of their own: a user's newest previews push out only
 * that user's oldest, never someone else's. A preview lives {@link #TIME_TO_LIVE} at most, and a user holds
 * {@link #MAX_PER_USER} at most, so memory stays bounded by the number of people importing.
 */
@Component
class ImportPreviews {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(30);
    static final int MAX_PER_USER = 5;

    private final Map<String, LinkedHashMap<String, ImportPreview>> byOwner = new HashMap<>();
    private final Clock clock;

    ImportPreviews(Clock clock) {
        this.clock = clock;
    }

    synchronized void put(ImportPreview preview) {
        expire();
        LinkedHashMap<String, ImportPreview> shelf = byOwner.computeIfAbsent(preview.owner(), owner -> new LinkedHashMap<>());
        while (shelf.size() >= MAX_PER_USER) {
            Iterator<String> oldest = shelf.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        shelf.put(preview.id(), preview);
    }

    /** The preview, removed so it is applied at most once; empty if unknown, expired or someone else's. */
    synchronized Optional<ImportPreview> take(String id, String owner) {
        expire();
        LinkedHashMap<String, ImportPreview> shelf = byOwner.get(owner);
        ImportPreview preview = shelf == null ? null : shelf.remove(id);
        return Optional.ofNullable(preview);
    }

    private void expire() {
        var limit = clock.instant().minus(TIME_TO_LIVE);
        byOwner.values().forEach(shelf -> shelf.values().removeIf(p -> p.createdAt().isBefore(limit)));
        byOwner.values().removeIf(Map::isEmpty);
    }
}
