/**
 * Follow-up: dated assessments of arenas, scheduled and recurring reviews, the committee's meeting
 * calendar, assignments from decisions with their report-back, report-backs at meetings, and the
 * agenda of what is due (dashboard, calendar feeds, API). Uses arena, audit, catalog, governance, person,
 * security (where the calendar feed tokens are kept) and shared; in SQL it reads their published views.
 * Publishes {@code assessment_overview}, {@code review_overview} and {@code committee_meeting_overview}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Follow-up",
        allowedDependencies = {"arena", "audit", "catalog", "governance", "person", "security", "shared"})
package se.arenaregister.followup;
