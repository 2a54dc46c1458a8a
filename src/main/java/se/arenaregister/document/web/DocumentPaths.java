package se.arenaregister.document.web;

import jakarta.servlet.http.HttpServletRequest;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.shared.NotFoundException;

/** The owner an upload address names: {@code /arenas/5/documents} and {@code /api/v1/arenas/5/documents}. */
final class DocumentPaths {

    private DocumentPaths() {
    }

    static OwnerKind ownerOf(HttpServletRequest request) {
        String full = request.getRequestURI().substring(request.getContextPath().length());
        String path = full.startsWith("/api/v1/") ? full.substring("/api/v1".length()) : full;
        String[] segments = path.split("/");
        if (segments.length < 2) {
            throw new NotFoundException("documents", path);
        }
        return OwnerKind.ofSegment(segments[1]).orElseThrow(() -> new NotFoundException("documents", path));
    }

    /** Whether the request is an upload to an owner (for the size limit that refuses before the body is read). */
    static boolean isUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.matches("^(/api/v1)?/(arenas|decisions|meetings|agreements|notes)/[0-9]+/documents$");
    }
}
