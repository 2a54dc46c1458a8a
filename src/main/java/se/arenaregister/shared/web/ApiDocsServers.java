package se.arenaregister.shared.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI description's {@code servers} is the {@link PublicBaseUrl}, not springdoc's guess from the request
 * (which would repeat any {@code Host} header a client sends).
 */
@Component
class ApiDocsServers implements OpenApiCustomizer {

    private final PublicBaseUrl base;

    ApiDocsServers(PublicBaseUrl base) {
        this.base = base;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.setServers(List.of(new Server().url(base.get())));
    }
}
