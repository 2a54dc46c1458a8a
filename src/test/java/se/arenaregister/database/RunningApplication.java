package se.arenaregister.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.arenaregister.ArenaRegisterApplication;

/**
 * The whole application in a context of its own, on a random port, with its own durable embedded
 * database, so a test can kill that database or start a second application on the same data.
 */
final class RunningApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningApplication start(Path dataDirectory, String... extraProperties) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("arenaregister.embedded-db.data-directory", dataDirectory.toString());
        properties.put("arenaregister.embedded-db.clean", "false");
        properties.put("arenaregister.embedded-db.durable", "true");
        properties.put("arenaregister.demo-data.enabled", "false");
        for (String property : extraProperties) {
            String[] keyValue = property.split("=", 2);
            properties.put(keyValue[0], keyValue[1]);
        }
        // As arguments, since default properties would lose against application-test.properties.
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        return new RunningApplication(new SpringApplicationBuilder(ArenaRegisterApplication.class)
                .profiles("test")
                .run(arguments));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
