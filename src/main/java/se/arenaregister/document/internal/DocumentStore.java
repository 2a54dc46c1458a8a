package se.arenaregister.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.arenaregister.document.Document;
import se.arenaregister.document.DocumentKind;
import se.arenaregister.document.OwnerKind;

/** The document tables: metadata rows, and the bytes in their own table, read only to download. */
@Repository
public class DocumentStore {

    private static final String COLUMNS = """
            id, owner_kind, owner_id, title, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at,
            public, version""";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored file: its bytes and the checksum recorded at upload. */
    public record StoredContent(String sha256, byte[] content) {
    }

    public Document insert(Document d, byte[] content) {
        long id = jdbc.sql("""
                        INSERT INTO document (owner_kind, owner_id, title, kind, file_name, content_type, size_bytes, sha256, uploaded_by, public)
                        VALUES (:ownerKind, :ownerId, :title, :kind, :fileName, :contentType, :size, :sha, :by, :public) RETURNING id""")
                .param("ownerKind", d.ownerKind().name()).param("ownerId", d.ownerId()).param("title", d.title())
                .param("kind", d.kind().name()).param("fileName", d.fileName()).param("contentType", d.contentType())
                .param("size", d.sizeBytes()).param("sha", d.sha256()).param("by", d.uploadedBy()).param("public", d.isPublic())
                .query(Long.class).single();
        jdbc.sql("INSERT INTO document_content (document_id, content) VALUES (:id, :content)")
                .param("id", id).param("content", content).update();
        return find(id).orElseThrow();
    }

    public Optional<Document> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = :id").param("id", id).query(DocumentStore::row).optional();
    }

    /** The owner's documents, newest first; only public ones when {@code publicOnly}. One statement. */
    public List<Document> of(OwnerKind kind, long ownerId, boolean publicOnly) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE owner_kind = :kind AND owner_id = :id"
                        + (publicOnly ? " AND public" : "") + " ORDER BY uploaded_at DESC, id DESC")
                .param("kind", kind.name()).param("id", ownerId).query(DocumentStore::row).list();
    }

    /** How many documents each of the owners has (for lists): one statement whatever the owners. */
    public List<long[]> counts(OwnerKind kind, Collection<Long> ownerIds, boolean publicOnly) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT owner_id, count(*) FROM document WHERE owner_kind = :kind AND owner_id IN (:ids)"
                        + (publicOnly ? " AND public" : "") + " GROUP BY owner_id")
                .param("kind", kind.name()).param("ids", ownerIds)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    public Optional<StoredContent> content(long id) {
        return jdbc.sql("SELECT d.sha256, c.content FROM document d JOIN document_content c ON c.document_id = d.id WHERE d.id = :id")
                .param("id", id).query((rs, n) -> new StoredContent(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Updates title, kind and public flag if the version is still {@code version}; false if someone came first. */
    public boolean update(long id, String title, DocumentKind kind, boolean isPublic, long version) {
        return jdbc.sql("""
                        UPDATE document SET title = :title, kind = :kind, public = :public, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("title", title).param("kind", kind.name()).param("public", isPublic).param("version", version)
                .update() == 1;
    }

    public boolean delete(long id, long version) {
        return jdbc.sql("DELETE FROM document WHERE id = :id AND version = :version").param("id", id).param("version", version).update() == 1;
    }

    private static Document row(ResultSet rs, int n) throws SQLException {
        return new Document(rs.getLong("id"), OwnerKind.valueOf(rs.getString("owner_kind")), rs.getLong("owner_id"), rs.getString("title"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getBoolean("public"), rs.getLong("version"));
    }
}
