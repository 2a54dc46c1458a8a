package se.arenaregister.report.internal;

import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles the memo uses, with the id and name the built-in layout gives them. A template must define the first
 * five ({@link #required}); the others are added from the built-in layout when it lacks them.
 */
enum DocxStyle {
    NORMAL("Normal", "Normal", 11, true),
    TITLE("Title", "Title", 16, true),
    HEADING1("Heading1", "heading 1", 14, true),
    HEADING2("Heading2", "heading 2", 12, true),
    HEADING3("Heading3", "heading 3", 11, true),
    /** Table cells: 9 pt, nothing after. Not a Word built-in style, so its name is Swedish. */
    TABLE_TEXT("Tabelltext", "Tabelltext", 9, false),
    FOOTER("Footer", "footer", 9, false),
    /** The appendix tables: single thin borders, Word's "Table Grid". */
    TABLE("TableGrid", "Table Grid", 0, false),
    /** The default table style that {@link #TABLE} is based on, as in every Word document. */
    TABLE_NORMAL("TableNormal", "Normal Table", 0, false);

    final String id;
    final String name;
    /** The size the built-in layout gives the style's text, in points (0: a table style). */
    final int points;
    final boolean required;

    DocxStyle(String id, String name, int points, boolean required) {
        this.id = id;
        this.name = name;
        this.points = points;
        this.required = required;
    }

    static DocxStyle heading(int level) {
        return switch (level) {
            case 1 -> HEADING1;
            case 2 -> HEADING2;
            default -> HEADING3;
        };
    }

    boolean isTableStyle() {
        return this == TABLE || this == TABLE_NORMAL;
    }

    /** The document's style with this style's Word name or, failing that, its id; null when it has neither. */
    CTStyle in(XWPFStyles styles) {
        CTStyles ct = styles.getCtStyles();
        if (ct == null) {
            return null;
        }
        STStyleType.Enum type = isTableStyle() ? STStyleType.TABLE : STStyleType.PARAGRAPH;
        CTStyle byId = null;
        for (CTStyle candidate : ct.getStyleArray()) {
            if (candidate.isSetType() && candidate.getType() != type) {
                continue;
            }
            if (candidate.getName() != null && name.equalsIgnoreCase(candidate.getName().getVal())) {
                return candidate;
            }
            if (byId == null && id.equalsIgnoreCase(candidate.getStyleId())) {
                byId = candidate;
            }
        }
        return byId;
    }
}
