/**
 * Who may do what: public reading of the register, login for editing (form login against
 * {@code app_user}), user accounts, the first administrator created on first start, and where a user's
 * calendar feed token is kept ({@link se.arenaregister.security.UserCalendarTokens}). Uses audit and shared.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"audit", "shared"})
package se.arenaregister.security;
