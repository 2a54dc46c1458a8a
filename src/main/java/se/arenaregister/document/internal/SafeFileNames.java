package se.arenaregister.document.internal;

/**
 * A file name as uploaded made safe to store and to send back in {@code Content-Disposition}: the last path segment
 * only (no {@code ../}, no directories of the uploader's machine), no control characters, quotes or backslashes, at
 * most 255 characters with its extension kept. Å, ä, ö stay: the download sends them as RFC 5987 {@code filename*}.
 */
public final class SafeFileNames {

    static final String FALLBACK = "handling";
    private static final int MAX = 255;

    private SafeFileNames() {
    }

    public static String of(String uploaded) {
        if (uploaded == null) {
            return FALLBACK;
        }
        String name = uploaded;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '"' || c == ':' || c == '*' || c == '?' || c == '<' || c == '>' || c == '|'
                    || Character.getType(c) == Character.FORMAT) {
                safe.append('_');
            } else {
                safe.appendCodePoint(c);
            }
        });
        String result = safe.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isBlank() || result.chars().allMatch(c -> c == '_')) {
            return FALLBACK;
        }
        if (result.length() > MAX) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, MAX - extension.length()) + extension;
        }
        return result;
    }
}
