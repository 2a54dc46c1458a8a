/**
 * What every module may use: the home organisation setting, the exceptions that carry bad input,
 * missing things and edit conflicts to the user, and the web plumbing that shows them
 * (locale, error pages, RFC 9457 problem details). Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.arenaregister.shared;
