/**
 * Where the data lives: an embedded PostgreSQL under {@code ./data} unless
 * {@code SPRING_DATASOURCE_URL} points at a real server. The embedded one is durable, asks every
 * connection for its password and is started again if its process dies. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
package se.arenaregister.database;
