package se.arenaregister.document;

/** A document's bytes, checked against its checksum, with the name and type to download it by. */
public record DocumentFile(String fileName, String contentType, String sha256, byte[] content) {
}
