package se.arenaregister.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import se.arenaregister.support.HttpUser;
import se.arenaregister.support.TestArenaForm;

/** Creating an arena through the register's form, as a user does. */
final class ArenaForms {

    private ArenaForms() {
    }

    /** Creates an arena and returns the page it redirects to, once the server said so. */
    static String create(HttpUser user, String name, long areaId, long subAreaId) throws IOException, InterruptedException {
        Map<String, String> fields = TestArenaForm.fields(name, areaId, subAreaId);
        fields.put("purpose", "Att inte försvinna");
        HttpResponse<String> response = user.postForm("/arenas", fields);
        assertThat(response.statusCode()).as("answer to creating %s", name).isEqualTo(302);
        String location = URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(location).matches("/arenas/\\d+");
        return location;
    }
}
