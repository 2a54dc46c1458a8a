package se.arenaregister.report;

import jakarta.validation.constraints.Size;

/**
 * A section as the outline's forms post it. {@code parentId} places it under another section of the same edition
 * (null: at the top); {@code kind} null means text.
 */
public record SectionForm(
        @Size(max = 300) String heading,
        @Size(max = 2000) String headingFootnote,
        Long areaId,
        Long parentId,
        SectionKind kind,
        @Size(max = 50_000) String body,
        Long version) {

    public static SectionForm of(MemoSection s) {
        return new SectionForm(s.heading(), s.headingFootnote(), s.areaId(), s.parentId(), s.kind(), s.body(), s.version());
    }

    public static SectionForm text(String heading, Long areaId, Long parentId, String body) {
        return new SectionForm(heading, "", areaId, parentId, SectionKind.TEXT, body, null);
    }
}
