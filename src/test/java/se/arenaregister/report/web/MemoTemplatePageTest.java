package se.arenaregister.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.unit.DataSize;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.WordTemplates;

/**
 * The memo template page for administrators: upload, see who uploaded what and when, download, replace and remove; every
 * file that cannot be the template is refused with the reason next to the field, never a 500; stale pages conflict.
 */
@IntegrationTest
class MemoTemplatePageTest {

    private static final String PAGE = "/admin/memo-template";
    private static final RequestPostProcessor ADMIN = user(IntegrationTest.ADMIN).roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void builtInLayoutAgain() {
        // Other test classes share the database, and expect the built-in layout.
        jdbc.sql("DELETE FROM memo_template").update();
    }

    ResultActions upload(String name, byte[] file, String version) throws Exception {
        var request = multipart(PAGE).file(new MockMultipartFile("file", name, "application/octet-stream", file)).with(ADMIN).with(csrf());
        return mvc.perform(version == null ? request : request.param("version", version));
    }

    @Test
    void withoutATemplateThePageSaysTheBuiltInLayoutIsUsed() throws Exception {
        mvc.perform(get(PAGE).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"template-none\"")))
                .andExpect(content().string(containsString("Ingen egen mall är uppladdad")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(not(containsString("id=\"download-template\""))));
    }

    @Test
    void anAdministratorUploadsDownloadsReplacesAndRemovesTheTemplate() throws Exception {
        byte[] template = WordTemplates.template().swedishIds().bytes();
        upload("Brevmall RJH.docx", template, null)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("message", "report.template.uploaded"));
        mvc.perform(get(PAGE).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brevmall RJH.docx")))
                .andExpect(content().string(containsString("id=\"template-uploader\"")))
                .andExpect(content().string(containsString("/admin/memo-template/download")))
                .andExpect(content().string(containsString("Ta bort mallen och använd det inbyggda utseendet")));
        byte[] downloaded = mvc.perform(get(PAGE + "/download").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(template);

        // A draft is made in the template; a sent edition stays as it was sent.
        long draft = jdbc.sql("SELECT id FROM memo_edition WHERE year = 2023").query(Long.class).single();
        byte[] memo = mvc.perform(get("/memos/" + draft + "/memo.docx").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(memo))) {
            assertThat(doc.getHeaderList()).anySatisfy(h -> assertThat(h.getText()).contains("Testregionen"));
        }

        upload("Brevmall 2.dotx", WordTemplates.template().asDotx().header("Nya regionen").bytes(), "0")
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT file_name FROM memo_template").query(String.class).single()).isEqualTo("Brevmall 2.dotx");
        mvc.perform(get(PAGE + "/download").with(ADMIN))
                .andExpect(header().string("Content-Type", containsString("wordprocessingml.template")));

        mvc.perform(post(PAGE + "/remove").param("version", "1").with(ADMIN).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("message", "report.template.removed"));
        assertThat(jdbc.sql("SELECT count(*) FROM memo_template").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'memoTemplate' ORDER BY id DESC LIMIT 3")
                .query(String.class).list()).containsExactly("DELETED", "UPDATED", "CREATED");
        mvc.perform(get(PAGE + "/download").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void aFileThatCannotBeTheTemplateIsRefusedNextToTheField() throws Exception {
        refused(new byte[0], "Filen är tom.");
        refused("Namn;Typ\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Filen är inget Word-dokument (DOCX)");
        refused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "gamla Word-formatet (.doc)");
        refused(WordTemplates.template().swedishIds().without("heading 2").without("heading 3").bytes(),
                "Mallen saknar formatmallarna Rubrik 2, Rubrik 3.");
        refused(new byte[10 * 1024 * 1024 + 1], "en mall får vara högst 10 MB");
        assertThat(jdbc.sql("SELECT count(*) FROM memo_template").query(Long.class).single()).isZero();
    }

    @Test
    void aMissingFileOrAnUploadWithoutMultipartIsRefusedToo() throws Exception {
        mvc.perform(post(PAGE).with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Välj en fil att ladda upp.")));
        mvc.perform(post(PAGE).param("file", "text där filen skulle vara").param("version", "").with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"file-error\"")));
    }

    @Test
    void anUploadOrRemovalFromAStalePageConflicts() throws Exception {
        upload("Brevmall.docx", WordTemplates.template().bytes(), null).andExpect(status().isFound());
        upload("Annan.docx", WordTemplates.template().bytes(), null)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Mallen har ändrats av någon annan")));
        upload("Annan.docx", WordTemplates.template().bytes(), "inte en version").andExpect(status().isConflict());
        mvc.perform(post(PAGE + "/remove").param("version", "7").with(ADMIN).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"remove-error\"")));
        mvc.perform(post(PAGE + "/remove").param("version", "x").with(ADMIN).with(csrf())).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT file_name FROM memo_template").query(String.class).single()).isEqualTo("Brevmall.docx");
    }

    @Test
    void onlyAnAdministratorReachesThePage() throws Exception {
        mvc.perform(get(PAGE).with(user("samordnare").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(multipart(PAGE).file(new MockMultipartFile("file", "x.docx", null, WordTemplates.template().bytes()))
                .with(user("samordnare").roles("COORDINATOR")).with(csrf())).andExpect(status().isForbidden());
    }

    /** An upload over the server's limit is sent back to the page, which says so (not the import page's message). */
    @Test
    void anUploadOverTheServersLimitComesBackToThePageWithItsMessage() throws Exception {
        MemoTemplateUploadLimit limit = new MemoTemplateUploadLimit(DataSize.ofMegabytes(10));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", PAGE);
        request.setContent(new byte[10 * 1024 * 1024 + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo(PAGE + "?refused=tooLarge");

        mvc.perform(get(PAGE).param("refused", "tooLarge").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("en mall får vara högst 10 MB")));
    }

    private void refused(byte[] file, String message) throws Exception {
        upload("mall.docx", file, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString(message)));
    }
}
