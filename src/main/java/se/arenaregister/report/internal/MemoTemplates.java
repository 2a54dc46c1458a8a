package se.arenaregister.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.audit.Traced;
import se.arenaregister.security.Permissions;
import se.arenaregister.security.UserNames;

/**
 * The organisation's own Word template for the memo (letterhead, logo, styles, header and footer), which an administrator
 * uploads, replaces and removes. A file is refused, with the reason, unless it is a DOCX or DOTX that POI reads and the
 * memo can be written into, with the styles Normal, Title and Heading 1–3. Changes are versioned (an upload or removal
 * based on another version than the stored one is refused) and audited as {@link Uploaded}.
 */
@Service
@Transactional
public class MemoTemplates {

    public static final int MAX_MEGABYTES = 10;
    static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    private static final int ROW = 1;
    private static final int MAX_FILE_NAME = 255;
    private static final String DEFAULT_FILE_NAME = "mall.docx";

    /** The template as the page shows it (the file itself is read only to download or use it). */
    public record TemplateInfo(String fileName, long bytes, String uploadedBy, OffsetDateTime uploadedAt, long version) {
    }

    /** The file, for the administrator to download as it was uploaded. */
    public record TemplateFile(String fileName, byte[] content) {

        /** A DOTX is downloaded as a template, anything else as a document. */
        public String contentType() {
            return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".dotx")
                    ? "application/vnd.openxmlformats-officedocument.wordprocessingml.template" : MemoDocx.CONTENT_TYPE;
        }
    }

    /** The template as the audit log keeps it: its name, size and SHA-256, never the file. */
    @Traced(value = EntityType.MEMO_TEMPLATE, tables = "memo_template")
    record Uploaded(long id, String fileName, long bytes, String sha256, Long version) {
    }

    /** The bytes last read for documents, with the version they are, so that a memo does not read 10 MB each time. */
    private record Cached(long version, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final Traceability trail;
    private final Permissions permissions;
    private final UserNames users;
    private volatile Cached cached;

    MemoTemplates(JdbcClient jdbc, Traceability trail, Permissions permissions, UserNames users) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.permissions = permissions;
        this.users = users;
    }

    /** The uploaded template, if there is one, with the uploader's display name. */
    @Transactional(readOnly = true)
    public Optional<TemplateInfo> current() {
        return jdbc.sql("""
                        SELECT file_name, octet_length(content) AS bytes, uploaded_by, uploaded_at, version
                        FROM memo_template WHERE id = :id""").param("id", ROW)
                .query((rs, n) -> new TemplateInfo(rs.getString("file_name"), rs.getLong("bytes"), rs.getString("uploaded_by"),
                        rs.getObject("uploaded_at", OffsetDateTime.class), rs.getLong("version")))
                .optional()
                .map(t -> new TemplateInfo(t.fileName(), t.bytes(), users.displayNameOf(t.uploadedBy()).orElse(t.uploadedBy()),
                        t.uploadedAt(), t.version()));
    }

    @Transactional(readOnly = true)
    public Optional<TemplateFile> file() {
        permissions.requireAdministrator();
        return jdbc.sql("SELECT file_name, content FROM memo_template WHERE id = :id").param("id", ROW)
                .query((rs, n) -> new TemplateFile(rs.getString("file_name"), rs.getBytes("content"))).optional();
    }

    /** The template to write memos into, or null for the built-in layout. Read again only when it has changed. */
    @Transactional(readOnly = true)
    public byte[] forDocuments() {
        Optional<Long> version = jdbc.sql("SELECT version FROM memo_template WHERE id = :id").param("id", ROW)
                .query(Long.class).optional();
        if (version.isEmpty()) {
            cached = null;
            return null;
        }
        Cached known = cached;
        if (known != null && known.version() == version.get()) {
            return known.content();
        }
        Cached read = jdbc.sql("SELECT version, content FROM memo_template WHERE id = :id").param("id", ROW)
                .query((rs, n) -> new Cached(rs.getLong("version"), rs.getBytes("content"))).optional().orElse(null);
        cached = read;
        return read == null ? null : read.content();
    }

    /**
     * Stores {@code content} as the template, replacing the one of {@code version} (null: there is none). Refused with
     * a {@link TemplateRefusedException} when the file is no usable template; nothing is stored then.
     */
    public void upload(String fileName, byte[] content, Long version) {
        permissions.requireAdministrator();
        check(content);
        String name = fileName(fileName);
        String sha256 = sha256(content);
        String who = permissions.username() == null ? "system" : permissions.username();
        Optional<Uploaded> stored = stored();
        if (stored.isEmpty()) {
            if (version != null) {
                // The template the administrator saw has been removed meanwhile.
                throw trail.conflict(new Uploaded(ROW, null, 0, null, null), Labels.NONE);
            }
            int inserted = jdbc.sql("""
                            INSERT INTO memo_template (id, file_name, content, sha256, uploaded_by)
                            VALUES (:id, :name, :content, :sha, :who) ON CONFLICT (id) DO NOTHING""")
                    .param("id", ROW).param("name", name).param("content", content).param("sha", sha256).param("who", who).update();
            if (inserted == 0) {
                throw trail.conflict(stored().orElseThrow(), Labels.NONE);
            }
            trail.created(new Uploaded(ROW, name, content.length, sha256, 0L));
            return;
        }
        Uploaded before = stored.get();
        trail.requireVersion(before, version, Labels.NONE);
        int updated = jdbc.sql("""
                        UPDATE memo_template SET file_name = :name, content = :content, sha256 = :sha, uploaded_by = :who,
                            uploaded_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", ROW).param("name", name).param("content", content).param("sha", sha256).param("who", who)
                .param("version", before.version()).update();
        if (updated == 0) {
            throw trail.conflict(stored().orElse(new Uploaded(ROW, null, 0, null, null)), Labels.NONE);
        }
        trail.updated(before, new Uploaded(ROW, name, content.length, sha256, before.version() + 1));
    }

    /** Removes the template of {@code version}: memos are written in the built-in layout again. */
    public void remove(Long version) {
        permissions.requireAdministrator();
        Uploaded stored = stored().orElseThrow(() -> trail.conflict(new Uploaded(ROW, null, 0, null, null), Labels.NONE));
        trail.requireVersion(stored, version, Labels.NONE);
        int deleted = jdbc.sql("DELETE FROM memo_template WHERE id = :id AND version = :version")
                .param("id", ROW).param("version", stored.version()).update();
        if (deleted == 0) {
            throw trail.conflict(stored().orElse(new Uploaded(ROW, null, 0, null, null)), Labels.NONE);
        }
        trail.deleted(stored, Labels.NONE);
    }

    private Optional<Uploaded> stored() {
        return jdbc.sql("SELECT file_name, octet_length(content) AS bytes, sha256, version FROM memo_template WHERE id = :id FOR UPDATE")
                .param("id", ROW)
                .query((rs, n) -> new Uploaded(ROW, rs.getString("file_name"), rs.getLong("bytes"), rs.getString("sha256"),
                        rs.getLong("version")))
                .optional();
    }

    /**
     * Whether the memo can be written into {@code content}: a DOCX or DOTX (not macro-enabled) that POI reads, defining
     * Normal, Title and Heading 1–3, into which the built-in memo set-up succeeds. Refused with the reason otherwise.
     */
    static void check(byte[] content) {
        if (content == null) {
            throw new TemplateRefusedException("report.template.refused.missing");
        }
        if (content.length == 0) {
            throw new TemplateRefusedException("report.template.refused.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new TemplateRefusedException("report.template.refused.tooLarge", MAX_MEGABYTES);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            // An OLE2 file: Word 97–2003 (.doc), or an Office file encrypted with a password.
            throw new TemplateRefusedException("report.template.refused.oldFormat");
        }
        if (!startsWith(content, 'P', 'K', 3, 4)) {
            throw new TemplateRefusedException("report.template.refused.notDocx");
        }
        try (XWPFDocument doc = readable(content)) {
            String type = doc.getPackagePart().getContentType();
            if (type.equals(XWPFRelation.MACRO_DOCUMENT.getContentType()) || type.equals(XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType())) {
                throw new TemplateRefusedException("report.template.refused.macros");
            }
            if (!type.equals(XWPFRelation.DOCUMENT.getContentType()) && !type.equals(XWPFRelation.TEMPLATE.getContentType())) {
                throw new TemplateRefusedException("report.template.refused.notDocx");
            }
            List<DocxStyle> missing = DocxLayout.missingStyles(doc);
            if (!missing.isEmpty()) {
                throw TemplateRefusedException.missingStyles(missing.stream().map(style -> "report.template.style." + style.name()).toList());
            }
        } catch (IOException e) {
            throw new TemplateRefusedException("report.template.refused.notDocx");
        }
        try (XWPFDocument memo = DocxLayout.newDocument(content)) {
            memo.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            throw new TemplateRefusedException("report.template.refused.unusable");
        }
    }

    private static XWPFDocument readable(byte[] content) {
        try {
            return DocxLayout.open(content);
        } catch (IllegalArgumentException e) {
            throw new TemplateRefusedException("report.template.refused.notDocx");
        }
    }

    /** The name the browser sent, without a path (old browsers send one), control characters or excess length. */
    static String fileName(String sent) {
        if (sent == null) {
            return DEFAULT_FILE_NAME;
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(name.length() - MAX_FILE_NAME).strip();
        }
        return name.isEmpty() ? DEFAULT_FILE_NAME : name;
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
