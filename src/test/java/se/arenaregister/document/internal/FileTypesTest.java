package se.arenaregister.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.arenaregister.document.SampleFiles;

/** The type of a file is what its bytes are, whatever its name says; a name that claims another type is refused. */
class FileTypesTest {

    private final FileTypes types = new FileTypes();

    @Test
    void everyAcceptedTypeIsToldByItsBytes() {
        assertThat(types.check(SampleFiles.pdf(), "avtal.pdf").contentType()).isEqualTo(FileTypes.PDF);
        assertThat(types.check(SampleFiles.docx(), "arbetsordning.docx").contentType()).isEqualTo(FileTypes.DOCX);
        assertThat(types.check(SampleFiles.xlsx(), "tid.xlsx").contentType()).isEqualTo(FileTypes.XLSX);
        assertThat(types.check(SampleFiles.pptx(), "bilder.pptx").contentType()).isEqualTo(FileTypes.PPTX);
        assertThat(types.check(SampleFiles.odt(), "protokoll.odt").contentType()).isEqualTo(FileTypes.ODT);
        assertThat(types.check(SampleFiles.ods(), "budget.ods").contentType()).isEqualTo(FileTypes.ODS);
        assertThat(types.check(SampleFiles.xls(), "gammal.xls").contentType()).isEqualTo(FileTypes.XLS);
        assertThat(types.check(SampleFiles.doc(), "gammal.doc").contentType()).isEqualTo(FileTypes.DOC);
        assertThat(types.check(SampleFiles.text(), "anteckningar.txt").contentType()).isEqualTo(FileTypes.TEXT);
        assertThat(types.check(SampleFiles.png(), "karta.png").contentType()).isEqualTo(FileTypes.PNG);
        assertThat(types.check(SampleFiles.jpeg(), "foto.JPG").contentType()).isEqualTo(FileTypes.JPEG);
    }

    @Test
    void aNameWithoutExtensionOrWithAnUnknownOneIsJudgedByTheBytesAlone() {
        assertThat(types.check(SampleFiles.pdf(), "avtal").contentType()).isEqualTo(FileTypes.PDF);
        assertThat(types.check(SampleFiles.docx(), "avtal.bak").contentType()).isEqualTo(FileTypes.DOCX);
    }

    @Test
    void anHtmlFileRenamedPdfIsRefused() {
        FileTypes.Verdict verdict = types.check(SampleFiles.html(), "avtal.pdf");
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.refusal()).isEqualTo("document.file.type");
        assertThat(types.detect(SampleFiles.html())).isEqualTo("text/html");
    }

    @Test
    void anExecutableRenamedDocxIsRefused() {
        FileTypes.Verdict verdict = types.check(SampleFiles.exe(), "arbetsordning.docx");
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.refusal()).isEqualTo("document.file.type");
    }

    @Test
    void aFileOfAnAcceptedTypeWhoseNameClaimsAnotherIsRefused() {
        assertThat(types.check(SampleFiles.text(), "avtal.pdf").refusal()).isEqualTo("document.file.mismatch");
        assertThat(types.check(SampleFiles.docx(), "avtal.pdf").refusal()).isEqualTo("document.file.mismatch");
        assertThat(types.check(SampleFiles.xlsx(), "avtal.docx").refusal()).isEqualTo("document.file.mismatch");
    }

    @Test
    void aPlainZipAndEmptyLookingBinariesAreRefused() {
        assertThat(types.check(SampleFiles.zip(), "arkiv.zip").refusal()).isEqualTo("document.file.type");
        assertThat(types.check(SampleFiles.zip(), "arkiv.docx").refusal()).isEqualTo("document.file.type");
        assertThat(types.check(new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7}, "data.pdf").accepted()).isFalse();
    }

    @Test
    void safeFileNamesKeepSwedishLettersAndDropPathsQuotesAndControlCharacters() {
        assertThat(SafeFileNames.of("Överenskommelse åäö ÅÄÖ.pdf")).isEqualTo("Överenskommelse åäö ÅÄÖ.pdf");
        assertThat(SafeFileNames.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFileNames.of("C:\\Users\\anna\\avtal.pdf")).isEqualTo("avtal.pdf");
        assertThat(SafeFileNames.of("a\"b\r\n.pdf")).isEqualTo("a_b__.pdf");
        assertThat(SafeFileNames.of("..")).isEqualTo("handling");
        assertThat(SafeFileNames.of("/")).isEqualTo("handling");
        assertThat(SafeFileNames.of(null)).isEqualTo("handling");
        assertThat(SafeFileNames.of("x".repeat(400) + ".pdf")).hasSize(255).endsWith(".pdf");
        assertThat(SafeFileNames.of("rapport\u202Efdp.exe")).doesNotContain("\u202E");
    }
}
