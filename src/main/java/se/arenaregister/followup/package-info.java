/**
 * Follow-up: dated assessments of arenas, scheduled and recurring reviews, the committee's meeting
 * calendar, assignments from decisions with their report-back, report-backs at meetings, and the
 * agenda of what is due (dashboard, calendar feeds, API). Uses arena, catalog, governance, person,
 * audit and shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package se.arenaregister.followup;
