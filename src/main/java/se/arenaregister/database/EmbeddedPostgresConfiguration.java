package se.arenaregister.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so the
 * application runs from a fresh checkout with one command. The same SQL dialect runs everywhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean(destroyMethod = "close")
    DatabaseWatchdog databaseWatchdog(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        return new DatabaseWatchdog(server, properties.watchdogInterval());
    }

    /**
     * The pool takes its timeouts from {@code spring.datasource.hikari.*}, the same as for an external
     * database, so a request fails within seconds while the server is down.
     */
    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("arenaregister");
        return dataSource;
    }
}
