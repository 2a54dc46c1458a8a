package se.arenaregister.security;

import java.util.List;
import java.util.Optional;

/**
 * The areas an administrator can make someone editor of, and an identity provider's group can name: implemented by
 * the catalog, which owns the areas, so that security depends on no module above it.
 */
public interface AreaDirectory {

    /** Every area, a sub-area after its parent, with the name shown when choosing ("Infrastruktur › Kollektivtrafik"). */
    List<Choice> choices();

    /** The area of this name (case and spaces ignored), if there is one. */
    Optional<Long> byName(String name);

    record Choice(long id, String label) {
    }
}
