/**
 * Who may do what: public reading of the register, login for editing (form login against
 * {@code app_user}), user accounts with their {@code AccountRole}, and the first administrator created on first
 * start. Its API is this package, two services for follow-up: {@link se.arenaregister.security.UserNames} (the name
 * on an account) and {@link se.arenaregister.security.UserCalendarTokens} (where a user's calendar feed token is
 * kept). The security configuration, accounts and their administration are in {@code internal}, the account pages
 * in {@code web}. Uses audit and shared.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"audit", "shared"})
package se.arenaregister.security;
