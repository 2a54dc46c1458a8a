/**
 * Demo content: the register described by memo RUN/78/2022, read from
 * {@code classpath:demo/register.yml} and loaded on first start of an empty database through the
 * same services and validation as user edits; then the people, decisions, terms, companies and
 * appointments of {@code demo/people.yml} (invented example people); then assessments, reviews, meetings,
 * assignments and report-backs from {@code demo/follow-up.yml}; then the analysis texts; then the memo's agreements
 * from {@code demo/agreements.yml} (RUN/34/2018 with the municipalities, the UNESCO agreement); then the notes from the
 * arenas of {@code demo/notes.yml}. The arenas' relations come from {@code demo/relations.yml}, right after the register.
 * Uses analysis, arena, catalog, followup, governance, notes, person and report; in SQL it only asks the owners'
 * published views whether they are empty.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"analysis", "arena", "catalog", "followup", "governance", "notes", "person", "report"})
package se.arenaregister.demo;
