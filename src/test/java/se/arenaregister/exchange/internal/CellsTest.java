package se.arenaregister.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void neutralisesWhatASpreadsheetCouldTakeForAFormulaAndRestoresItOnImport() {
        for (String dangerous : new String[] {"=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(Cells.neutralise(dangerous)).isEqualTo("'" + dangerous);
            assertThat(Cells.restore(Cells.neutralise(dangerous))).isEqualTo(dangerous);
        }
        assertThat(Cells.neutralise("Bärighetsrådet")).isEqualTo("Bärighetsrådet");
        assertThat(Cells.restore("'citat'")).isEqualTo("'citat'");
    }

    @Test
    void makesSheetNamesValidShortAndUnique() {
        Set<String> taken = new HashSet<>();
        assertThat(Cells.sheetName("Hållbar tillväxt", taken)).isEqualTo("Hållbar tillväxt");
        String longName = "Regional utvecklingsstrategi och smart specialisering";
        assertThat(Cells.sheetName(longName, taken)).hasSize(31);
        assertThat(Cells.sheetName(longName, taken)).hasSizeLessThanOrEqualTo(31).endsWith("(2)");
        assertThat(Cells.sheetName("EU/Norge: [test]?", taken)).isNotEmpty()
                .doesNotContain("/", ":", "[", "]", "?");
    }

    @Test
    void quotesCsvFieldsAsRfc4180() {
        assertThat(ArenaExports.csvField("a,b", ',')).isEqualTo("\"a,b\"");
        assertThat(ArenaExports.csvField("a;b", ',')).isEqualTo("a;b");
        assertThat(ArenaExports.csvField("a;b", ';')).isEqualTo("\"a;b\"");
        assertThat(ArenaExports.csvField("säger \"hej\"", ',')).isEqualTo("\"säger \"\"hej\"\"\"");
        assertThat(ArenaExports.csvField("rad 1\nrad 2", ',')).isEqualTo("\"rad 1\nrad 2\"");
    }

    @Test
    void readsCsvWithQuotesLineBreaksAndTheSeparatorOfTheHeader() {
        var rows = CsvParser.parse("Namn;Syfte\r\n\"A; B\";\"rad 1\nrad \"\"2\"\"\"\r\n\r\nC;D\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("A; B", "rad 1\nrad \"2\"");
        assertThat(rows.get(2).number()).isEqualTo(5);
    }
}
