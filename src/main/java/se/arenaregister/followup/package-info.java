/**
 * Follow-up: dated assessments of arenas, scheduled and recurring reviews, the committee's meeting
 * calendar, assignments from decisions with their report-back, report-backs at meetings, and the
 * agenda of what is due (dashboard, calendar feeds, API). Its API is this package: the records and value types,
 * {@link se.arenaregister.followup.FollowUpQueries} (read by the report), and the services
 * {@link se.arenaregister.followup.Assessments}, {@link se.arenaregister.followup.Reviews},
 * {@link se.arenaregister.followup.Meetings} and {@link se.arenaregister.followup.Assignments} with their forms,
 * the audited way to record follow-up (the demo data loads through them). The agenda (its queries and
 * {@code AgendaItem}), the iCalendar {@code CalendarFeed} and the calendar-token queries are in {@code internal}.
 * Uses arena, audit, catalog, document, governance, notes (Min sida lists the notes addressed to the user; a
 * report-back links to a note), person, security (account names, and where the calendar feed tokens are kept) and
 * shared; in SQL it reads their published views (the agenda reads governance's {@code agreement_overview}:
 * agreements whose valid-until comes, or has passed unextended, are due). Meetings carry documents: it implements the
 * document module's {@link se.arenaregister.document.AttachmentOwner} for them.
 * Publishes {@code assessment_overview}, {@code review_overview} and {@code committee_meeting_overview}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Follow-up",
        allowedDependencies = {"arena", "audit", "catalog", "document", "governance", "notes", "person", "security", "shared"})
package se.arenaregister.followup;
