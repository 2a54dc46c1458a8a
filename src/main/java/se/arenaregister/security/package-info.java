/**
 * Who may do what: public reading of the register, login for editing (form login against
 * {@code app_user}), and the first administrator created on first start. Uses shared only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package se.arenaregister.security;
