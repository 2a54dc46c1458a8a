package se.arenaregister.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.unit.DataSize;
import se.arenaregister.document.SampleFiles;
import se.arenaregister.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents through the pages and the API, on the demo register: a file goes in and comes back byte for byte with its
 * checksum, its detected type and a safe name; fake types, empty and too large files are refused next to the field;
 * the public sees only public documents (an internal one is a 404); who may attach where; every change audited.
 */
@IntegrationTest
class DocumentsPageAndApiTest {

    static final RequestPostProcessor COORDINATOR = user("samordnare-dok").roles("COORDINATOR");
    static final RequestPostProcessor READER = user("läsare-dok").roles("READER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    long arena() {
        return jdbc.sql("SELECT id FROM arena WHERE name = 'UNESCO Creative Cities Network'").query(Long.class).single();
    }

    long areaOf(long arena) {
        return jdbc.sql("SELECT coalesce(sub_area_id, area_id) FROM arena WHERE id = :id").param("id", arena).query(Long.class).single();
    }

    long decision() {
        return jdbc.sql("SELECT id FROM decision WHERE reference = 'RUN/34/2018'").query(Long.class).single();
    }

    static RequestPostProcessor editorOf(long area) {
        return user("redaktör-dok-" + area).authorities(new SimpleGrantedAuthority("ROLE_AREA_EDITOR"), new SimpleGrantedAuthority("AREA_" + area));
    }

    ResultActions upload(String owner, long id, String name, byte[] bytes, String title, boolean isPublic, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(multipart("/" + owner + "/" + id + "/documents").file(new MockMultipartFile("file", name, "application/pdf", bytes))
                .param("title", title).param("kind", "AGREEMENT").param("isPublic", String.valueOf(isPublic)).with(who).with(csrf()));
    }

    long newest(String title) {
        return jdbc.sql("SELECT id FROM document WHERE title = :t ORDER BY id DESC LIMIT 1").param("t", title).query(Long.class).single();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aFileGoesInAndComesBackByteForByteWithItsTypeChecksumAndSwedishName() throws Exception {
        long arena = arena();
        byte[] pdf = SampleFiles.pdf();
        upload("arenas", arena, "Samverkansavtal Östersund åäö.pdf", pdf, "Samverkansavtal UCCN rundtur", true, COORDINATOR)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/arenas/" + arena + "#documents"))
                .andExpect(flash().attribute("message", "document.uploaded"));
        long id = newest("Samverkansavtal UCCN rundtur");
        assertThat(jdbc.sql("SELECT sha256 FROM document WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo(sha256(pdf));

        MvcResult download = mvc.perform(get("/documents/" + id + "/content").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("filename*=UTF-8''Samverkansavtal%20%C3%96stersund%20%C3%A5%C3%A4%C3%B6.pdf");

        mvc.perform(get("/api/v1/documents/" + id).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fileName").value("Samverkansavtal Östersund åäö.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sha256").value(sha256(pdf)))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andExpect(jsonPath("$.uploadedBy").doesNotExist());
        mvc.perform(get("/api/v1/arenas/" + arena + "/documents").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Samverkansavtal UCCN rundtur")));
        mvc.perform(get("/arenas/" + arena).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"documents\"")))
                .andExpect(content().string(containsString("Samverkansavtal UCCN rundtur")))
                .andExpect(content().string(not(containsString("id=\"document-upload\""))));
        mvc.perform(get("/api/v1/documents/" + id + "/content").with(anonymous()))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
    }

    @Test
    void hostileNamesAreStoredAndSentSafely() throws Exception {
        long arena = arena();
        upload("arenas", arena, "../../etc/passwd", SampleFiles.text(), "Fientligt namn 1", false, COORDINATOR).andExpect(status().isFound());
        upload("arenas", arena, "a\"b\r\n.pdf", SampleFiles.pdf(), "Fientligt namn 2", false, COORDINATOR).andExpect(status().isFound());
        long first = newest("Fientligt namn 1");
        long second = newest("Fientligt namn 2");
        assertThat(jdbc.sql("SELECT file_name FROM document WHERE id IN (:ids) ORDER BY id").param("ids", List.of(first, second))
                .query(String.class).list()).containsExactly("passwd", "a_b__.pdf");
        String disposition = mvc.perform(get("/documents/" + second + "/content").with(READER)).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(disposition).doesNotContain("\r", "\n", "/").contains("a_b__.pdf");
        mvc.perform(get("/documents/" + first + "/content").with(READER))
                .andExpect(header().string("Content-Type", containsString("text/plain")));
    }

    @Test
    void aFakeTypeIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
        long arena = arena();
        long before = jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        upload("arenas", arena, "avtal.pdf", SampleFiles.html(), "Falsk pdf", true, COORDINATOR)
                .andExpect(status().isFound())
                .andExpect(flash().attribute("documentErrorField", "file"))
                .andExpect(flash().attribute("documentError", containsString("typen av fil")));
        upload("arenas", arena, "arbetsordning.docx", SampleFiles.exe(), "Falsk docx", true, COORDINATOR)
                .andExpect(flash().attribute("documentErrorField", "file"));
        upload("arenas", arena, "avtal.pdf", SampleFiles.text(), "Text som pdf", true, COORDINATOR)
                .andExpect(flash().attribute("documentError", containsString("stämmer inte")));
        upload("arenas", arena, "tom.pdf", new byte[0], "Tom", true, COORDINATOR)
                .andExpect(flash().attribute("documentErrorField", "file"));
        assertThat(jdbc.sql("SELECT count(*) FROM document").query(Long.class).single()).isEqualTo(before);

        // The refusal is shown on the owner's page, next to the file field: the redirect's flash travels in the session
        // (in PostgreSQL), so the page is asked for with the session cookie the refused upload was answered with.
        String setCookie = upload("arenas", arena, "avtal.pdf", SampleFiles.html(), "Falsk pdf", true, COORDINATOR)
                .andReturn().getResponse().getHeader("Set-Cookie");
        assertThat(setCookie).as("the session the refusal is kept in").startsWith("JSESSIONID=");
        jakarta.servlet.http.Cookie session = new jakarta.servlet.http.Cookie("JSESSIONID", setCookie.substring("JSESSIONID=".length()).split(";")[0]);
        mvc.perform(get("/arenas/" + arena).with(COORDINATOR).cookie(session))
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"file-error file-hint\"")));

        mvc.perform(multipart("/api/v1/arenas/" + arena + "/documents").file(new MockMultipartFile("file", "avtal.pdf", "application/pdf",
                        SampleFiles.html())).param("kind", "AGREEMENT").with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/arenas/" + arena + "/documents").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                        SampleFiles.pdf())).param("kind", "NO_SUCH_KIND").with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNamed() throws Exception {
        long arena = arena();
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        byte[] pdf = SampleFiles.pdf();
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        upload("arenas", arena, "stor.pdf", large, "För stor", true, COORDINATOR)
                .andExpect(status().isFound())
                .andExpect(flash().attribute("documentErrorField", "file"))
                .andExpect(flash().attribute("documentError", containsString("högst 20 MB")));
        mvc.perform(multipart("/api/v1/arenas/" + arena + "/documents").file(new MockMultipartFile("file", "stor.pdf", "application/pdf", large))
                        .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsReadWithTheSameMessage() throws Exception {
        UploadSizeFilter filter = new UploadSizeFilter(DataSize.ofMegabytes(20), messages(), locales, mappers);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/arenas/5/documents");
        request.setContent(new byte[22 * 1024 * 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/arenas/5#documents");

        MockHttpServletRequest api = new MockHttpServletRequest("POST", "/api/v1/arenas/5/documents");
        api.setContent(new byte[22 * 1024 * 1024]);
        MockHttpServletResponse problem = new MockHttpServletResponse();
        filter.doFilter(api, problem, new MockFilterChain());
        assertThat(problem.getStatus()).isEqualTo(413);
        assertThat(problem.getContentType()).contains("application/problem+json");
        assertThat(problem.getContentAsString()).contains("\"field\":\"file\"").contains("20 MB");

        MockHttpServletRequest small = new MockHttpServletRequest("POST", "/arenas/5/documents");
        small.setContent(new byte[1024]);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(small, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("a body within the limit goes on").isNotNull();
    }

    @Autowired
    org.springframework.context.MessageSource messageSource;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.LocaleResolver> locales;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<JsonMapper> mappers;

    org.springframework.context.MessageSource messages() {
        return messageSource;
    }

    @Test
    void anonymousVisitorsGetA404ForInternalDocumentsAndSeeOnlyPublicOnes() throws Exception {
        long arena = arena();
        upload("arenas", arena, "internt.pdf", SampleFiles.pdf(), "Internt underlag rundtur", false, COORDINATOR).andExpect(status().isFound());
        long id = newest("Internt underlag rundtur");
        mvc.perform(get("/documents/" + id + "/content").with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + id).with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/" + id + "/content").with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/arenas/" + arena + "/documents").with(anonymous()))
                .andExpect(content().string(not(containsString("Internt underlag rundtur"))));
        mvc.perform(get("/arenas/" + arena).with(anonymous())).andExpect(content().string(not(containsString("Internt underlag rundtur"))));
        mvc.perform(get("/documents/" + id + "/content").with(READER)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/arenas/" + arena + "/documents").with(READER))
                .andExpect(content().string(containsString("Internt underlag rundtur")));
        mvc.perform(get("/documents/999999999/content").with(READER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notes/999999999/documents").with(READER)).andExpect(status().isNotFound());
    }

    @Test
    void whoMayAttachWhere() throws Exception {
        long arena = arena();
        long area = areaOf(arena);
        upload("arenas", arena, "r.pdf", SampleFiles.pdf(), "Läsare", true, READER).andExpect(status().isForbidden());
        upload("arenas", arena, "r.pdf", SampleFiles.pdf(), "Ledamot", true, user("ledamot-dok").roles("REPRESENTATIVE"))
                .andExpect(status().isForbidden());
        upload("arenas", arena, "r.pdf", SampleFiles.pdf(), "Annat område", true, editorOf(area + 100_000)).andExpect(status().isForbidden());
        upload("arenas", arena, "r.pdf", SampleFiles.pdf(), "Eget område rundtur", true, editorOf(area)).andExpect(status().isFound());
        upload("decisions", decision(), "r.pdf", SampleFiles.pdf(), "Redaktör beslut", true, editorOf(area)).andExpect(status().isForbidden());
        upload("decisions", decision(), "r.pdf", SampleFiles.pdf(), "Beslutsbilaga rundtur", true, COORDINATOR).andExpect(status().isFound());
        mvc.perform(get("/decisions/" + decision()).with(anonymous()))
                .andExpect(content().string(containsString("Beslutsbilaga rundtur")));
        long meeting = jdbc.sql("SELECT min(id) FROM committee_meeting").query(Long.class).single();
        upload("meetings", meeting, "p.pdf", SampleFiles.pdf(), "Protokoll rundtur", true, COORDINATOR)
                .andExpect(redirectedUrl("/meetings/" + meeting + "#documents"));
        mvc.perform(get("/meetings/" + meeting).with(anonymous())).andExpect(content().string(containsString("Protokoll rundtur")));
        upload("arenas", 999_999_999L, "r.pdf", SampleFiles.pdf(), "Ingen arena", true, COORDINATOR).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM document WHERE title IN ('Läsare', 'Ledamot', 'Annat område', 'Redaktör beslut')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void uploadChangeAndDeleteAreAuditedAndAStaleVersionIsRefused() throws Exception {
        long arena = arena();
        upload("arenas", arena, "granskning.pdf", SampleFiles.pdf(), "Granskad handling", true, COORDINATOR).andExpect(status().isFound());
        long id = newest("Granskad handling");
        mvc.perform(post("/documents/" + id).param("title", "Granskad handling, ny titel").param("kind", "RULES").param("version", "0")
                .with(COORDINATOR).with(csrf())).andExpect(flash().attribute("message", "document.changed"));
        mvc.perform(post("/documents/" + id + "/delete").param("version", "0").with(COORDINATOR).with(csrf()))
                .andExpect(flash().attribute("documentError", containsString("Någon annan")));
        mvc.perform(post("/documents/" + id + "/delete").param("version", "1").with(editorOf(areaOf(arena) + 100_000)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/documents/" + id + "/delete").param("version", "1").with(COORDINATOR).with(csrf()))
                .andExpect(flash().attribute("message", "document.deleted"));
        assertThat(jdbc.sql("SELECT count(*) FROM document_content WHERE document_id = :id").param("id", id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'document' AND entity_id = :id ORDER BY id")
                .param("id", id).query(String.class).list()).containsExactly("CREATED", "UPDATED", "DELETED");
        assertThat(jdbc.sql("SELECT changes::text FROM audit_entry WHERE entity_type = 'document' AND entity_id = :id AND action = 'UPDATED'")
                .param("id", id).query(String.class).single()).contains("Granskad handling, ny titel").contains("RULES");
    }
}
