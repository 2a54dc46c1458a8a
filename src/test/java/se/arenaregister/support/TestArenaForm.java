package se.arenaregister.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;

/** The fields of a valid new arena in the test area, as the arena form posts them. */
public final class TestArenaForm {

    private TestArenaForm() {
    }

    public static Map<String, String> fields(CatalogService catalog, AreaRepository areas, String name) {
        long subArea = Register.testSubArea(catalog, areas);
        return fields(name, Register.areaId(areas, Register.TEST_AREA), subArea);
    }

    public static Map<String, String> fields(String name, long area, long subArea) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("areaId", String.valueOf(area));
        fields.put("subAreaId", String.valueOf(subArea));
        fields.put("types", "INFLUENCE");
        fields.put("levels", "POLITICAL");
        fields.put("scope", "REGIONAL");
        fields.put("status", "ACTIVE");
        fields.put("kind", "FORUM");
        return fields;
    }

    /** The form posted through MockMvc by a logged-in editor; more fields can be added to the builder. */
    public static MockHttpServletRequestBuilder postedByEditor(Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/arenas").with(user("editor").roles("COORDINATOR")).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
