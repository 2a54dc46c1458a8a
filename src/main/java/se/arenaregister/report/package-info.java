/**
 * Reports: the memo to the committee ("PM Samverkans- och påverkansarenor …") generated from the
 * register as DOCX and PDF — header, introduction, per area and sub-area the computed figures, the
 * hand-written analysis with flags where it contradicts the data, the latest assessments, development
 * areas, decision proposals and Appendix 1 (the arenas per sub-area); in the built-in layout or in the
 * organisation's own Word template, which an administrator uploads ({@code memo_template}). It offers no API: this
 * package holds only this description, the memo's content, renderers and template are in {@code internal}, the
 * download and the template's admin page in {@code web}. Uses analysis, arena, followup, governance and shared (in SQL,
 * the views of arena and followup), audit (the template's changes are audited) and security (only administrators
 * change the template; the uploader's name); nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reports",
        allowedDependencies = {"analysis", "arena", "audit", "catalog", "followup", "governance", "security", "shared"})
package se.arenaregister.report;
