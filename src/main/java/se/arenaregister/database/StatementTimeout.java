package se.arenaregister.database;

import java.time.Duration;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Every connection of the pool, to the embedded or an external PostgreSQL, ends a statement that runs longer than
 * {@code arenaregister.database.statement-timeout} (default 30 s): the server cancels it (SQLSTATE 57014) and the page
 * answers 503 instead of holding a pool connection without end. Set as the driver's {@code options} (sent with the
 * connection's start-up packet, so no extra round trip), added to any {@code options} already configured.
 */
@Configuration(proxyBeanMethods = false)
class StatementTimeout {

    static final String PROPERTY = "arenaregister.database.statement-timeout";
    static final Duration DEFAULT = Duration.ofSeconds(30);

    @Bean
    static BeanPostProcessor statementTimeoutOnEveryConnection(Environment environment) {
        Duration timeout = Binder.get(environment).bind(PROPERTY, Duration.class).orElse(DEFAULT);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    apply(pool.getDataSourceProperties(), timeout);
                }
                return bean;
            }
        };
    }

    /** Adds {@code -c statement_timeout=<ms>} to the driver's start-up options, unless they set one themselves. */
    static void apply(Properties driverProperties, Duration timeout) {
        String options = driverProperties.getProperty("options", "").trim();
        if (options.contains("statement_timeout")) {
            return;
        }
        String setting = "-c statement_timeout=" + timeout.toMillis();
        driverProperties.setProperty("options", options.isEmpty() ? setting : options + " " + setting);
    }
}
