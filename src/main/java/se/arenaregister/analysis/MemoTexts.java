package se.arenaregister.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.audit.Traced;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.NotFoundException;

/**
 * The memo's hand-written texts: the introduction and each area's analysis. Saved with a version, so a save based
 * on a text someone else has changed meanwhile is refused with the stored text; audited as {@link Written}.
 */
@Service
@Transactional
public class MemoTexts {

    public static final int MAX_LENGTH = 20_000;
    static final String INTRO = "intro";
    private static final String AREA_PREFIX = "area:";

    /** A stored text; {@code version} is null when nothing has been written yet. */
    public record MemoText(String text, Long version) {
        static final MemoText NONE = new MemoText(null, null);
    }

    /** A text as the audit log keeps it: entity id the area's id, 0 for the introduction. */
    @Traced(value = EntityType.MEMO_TEXT, tables = "memo_text")
    private record Written(long id, String key, String text, Long version) {

        Written(long id, String key, MemoText stored) {
            this(id, key, stored.text(), stored.version());
        }
    }

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final Catalog catalog;
    private final FormValidator validator;
    private final Traceability trail;

    private final AreaAccess access;

    MemoTexts(JdbcClient jdbc, Catalog catalog, FormValidator validator, Traceability trail, Permissions permissions,
              AreaAccess access) {
        this.access = access;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.validator = validator;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public MemoText introduction() {
        return find(INTRO).orElse(MemoText.NONE);
    }

    @Transactional(readOnly = true)
    public MemoText ofArea(long areaId) {
        requireArea(areaId);
        return find(areaKey(areaId)).orElse(MemoText.NONE);
    }

    /** Whether any text has been written (the demo loader writes the memo's texts only into an empty table). */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM memo_text)").query(Boolean.class).single();
    }

    public long saveIntroduction(MemoTextForm form) {
        permissions.requireCoordinator();
        return save(INTRO, 0, form);
    }

    public long saveArea(long areaId, MemoTextForm form) {
        requireArea(areaId);
        access.requireEdit(areaId);
        return save(areaKey(areaId), areaId, form);
    }

    /** Every area's text by area id, for the analysis (one statement). */
    @Transactional(readOnly = true)
    public Map<Long, String> areaTexts() {
        Map<Long, String> texts = new LinkedHashMap<>();
        jdbc.sql("SELECT key, text FROM memo_text WHERE key LIKE 'area:%'")
                .query((rs, n) -> texts.put(Long.parseLong(rs.getString("key").substring(AREA_PREFIX.length())), blankToNull(rs.getString("text"))))
                .list();
        return texts;
    }

    private long save(String key, long entityId, MemoTextForm form) {
        validator.check(form, List.of());
        String text = form.text() == null ? "" : form.text().strip();
        Optional<MemoText> current = find(key);
        if (current.isEmpty()) {
            if (form.version() != null) {
                // The text the user opened is gone; never happens today (texts are not deleted), but never overwrite blindly.
                throw trail.conflict(new Written(entityId, key, MemoText.NONE), Labels.NONE);
            }
            jdbc.sql("INSERT INTO memo_text (key, text) VALUES (:key, :text)").param("key", key).param("text", text).update();
            trail.created(new Written(entityId, key, text, 0L));
            return 0;
        }
        Written stored = new Written(entityId, key, current.get());
        trail.requireVersion(stored, form.version(), Labels.NONE);
        int updated = jdbc.sql("""
                        UPDATE memo_text SET text = :text, version = version + 1, updated_at = now()
                        WHERE key = :key AND version = :version""")
                .param("key", key).param("text", text).param("version", stored.version()).update();
        if (updated == 0) {
            throw trail.conflict(new Written(entityId, key, find(key).orElse(MemoText.NONE)), Labels.NONE);
        }
        trail.updated(stored, new Written(entityId, key, text, stored.version() + 1));
        return stored.version() + 1;
    }

    private Optional<MemoText> find(String key) {
        return jdbc.sql("SELECT text, version FROM memo_text WHERE key = :key").param("key", key)
                .query((rs, n) -> new MemoText(blankToNull(rs.getString("text")), rs.getLong("version"))).optional();
    }

    private void requireArea(long areaId) {
        if (catalog.findArea(areaId).isEmpty()) {
            throw new NotFoundException("area", areaId);
        }
    }

    static String areaKey(long areaId) {
        return AREA_PREFIX + areaId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
