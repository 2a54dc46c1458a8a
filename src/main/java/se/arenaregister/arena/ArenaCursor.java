package se.arenaregister.arena;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of the register ends, to continue after it (keyset paging): the group (see {@link ArenaGroupCount#key})
 * and the last arena's name and id in it (the register sorts by the lower-cased name, then the id). Sent to clients as an opaque token; {@code name} empty and {@code id} 0 mean
 * "from the start of the group".
 */
public record ArenaCursor(long group, String name, long id) {

    private static final int MAX_LENGTH = 2000;

    /** The start of a group. */
    public static ArenaCursor startOf(long group) {
        return new ArenaCursor(group, "", 0);
    }

    /** After this arena, in its group. */
    static ArenaCursor after(ArenaRow row) {
        return new ArenaCursor(row.owningAreaId(), row.name(), row.id());
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((group + ":" + id + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a token, empty when it is not one this register gave out. */
    public static Optional<ArenaCursor> parse(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length != 3) {
                return Optional.empty();
            }
            long group = Long.parseLong(parts[0]);
            long id = Long.parseLong(parts[1]);
            return group <= 0 || id < 0 || parts[2].indexOf('\0') >= 0 ? Optional.empty() : Optional.of(new ArenaCursor(group, parts[2], id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
