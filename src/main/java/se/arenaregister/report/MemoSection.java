package se.arenaregister.report;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * A section of an edition's outline: a heading (blank for text that follows the title directly, as the memo's
 * introduction does), an optional footnote on the heading, an optional area or sub-area it is about (its figures are
 * then at hand while writing, and the default for figures inserted in its text), and the text itself.
 */
@Traced(value = EntityType.MEMO_SECTION, tables = "memo_section")
public record MemoSection(long id, long editionId, Long parentId, int position, SectionKind kind, String heading,
                          String headingFootnote, Long areaId, String body, long version) {
}
