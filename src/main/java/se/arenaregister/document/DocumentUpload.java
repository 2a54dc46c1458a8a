package se.arenaregister.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The upload form's fields besides the file: title (the file's name when left empty), kind and whether the public sees it. */
public record DocumentUpload(@Size(max = 300) String title, @NotNull DocumentKind kind, boolean isPublic) {

    public static DocumentUpload empty() {
        return new DocumentUpload("", DocumentKind.OTHER, false);
    }

    /** A change of a stored document: a title is required then. */
    public record Change(@NotBlank @Size(max = 300) String title, @NotNull DocumentKind kind, boolean isPublic, Long version) {
    }
}
