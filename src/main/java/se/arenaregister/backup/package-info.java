/**
 * Backup and restore of the whole installation: every table of the application's schema (register, people,
 * follow-up, audit history and user accounts with their password hashes) except Flyway's history, as a ZIP of
 * PostgreSQL COPY text with a manifest, taken in one consistent snapshot; and restoring such a file into an
 * empty installation of the same schema version in one transaction. It offers no API to other modules: this
 * package holds only this description, the work is in {@code internal} and the admin pages in {@code web}. Uses
 * audit (the download and the restore are audited) and shared (the home organisation named in the manifest). It
 * finds the tables in the catalog ({@code pg_class}) and names none of them in its SQL.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Backup",
        allowedDependencies = {"audit", "shared"})
package se.arenaregister.backup;
