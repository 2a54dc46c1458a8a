package se.arenaregister.shared.web;

import java.util.List;

/**
 * The menu in two rows: four sections in the header (and the administrators' links), and the pages of the current page's section under it. The
 * section of a page is the one with a page whose path is the longest prefix of the page's path ({@code /arenas/12}
 * is in the register, {@code /analysis/areas/3} in the analysis); pages outside every section (login, errors) show
 * no second row.
 *
 * @param section  the current section, or null
 * @param pages    that section's pages the user may open (some are for logged-in users only)
 */
public record Navigation(String section, List<Link> pages) {

    /** A page of a section; {@code current} if it is the page shown, {@code within} if the page shown is below it. */
    public record Link(String key, String path, boolean current, boolean within) {
    }

    /** @param roles who sees the link: anyone when empty, otherwise a user holding one of these roles */
    record Page(String key, String path, List<String> roles) {

        Page(String key, String path) {
            this(key, path, List.of());
        }

        Page(String key, String path, String... roles) {
            this(key, path, List.of(roles));
        }
    }

    record Section(String key, List<Page> pages, List<String> alsoUnder) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("register", List.of(
                    new Page("nav.arenas", "/arenas"),
                    new Page("nav.areas", "/areas"),
                    new Page("nav.organisations", "/organisations"),
                    new Page("nav.topics", "/topics"),
                    new Page("nav.companies", "/companies")), List.of()),
            new Section("people", List.of(
                    new Page("nav.people", "/people"),
                    new Page("nav.decisions", "/decisions"),
                    new Page("nav.agreements", "/agreements"),
                    new Page("nav.terms", "/terms", "COORDINATOR"),
                    new Page("nav.workload", "/workload", "READER")), List.of("/appointments")),
            new Section("followup", List.of(
                    new Page("nav.dashboard", "/dashboard", "READER"),
                    new Page("nav.meetings", "/meetings"),
                    new Page("nav.assignments", "/assignments"),
                    new Page("nav.reviews", "/reviews")), List.of("/calendar")),
            new Section("analysis", List.of(
                    new Page("nav.analysis", "/analysis"),
                    new Page("nav.coverage", "/coverage"),
                    new Page("nav.network", "/network"),
                    new Page("nav.changes", "/changes"),
                    new Page("nav.reports", "/reports"),
                    new Page("nav.import", "/import", "COORDINATOR", "AREA_EDITOR")), List.of("/export")),
            // Only administrators reach these pages (the security configuration), so only they see this row.
            new Section("admin", List.of(
                    new Page("nav.users", "/users", "ADMIN"),
                    new Page("nav.backup", "/admin/backup", "ADMIN"),
                    new Page("nav.memoTemplate", "/admin/memo-template", "ADMIN"),
                    new Page("nav.reminders", "/admin/reminders", "ADMIN")), List.of("/admin")));

    /** The menu for a page at {@code path} (without the context path), for a visitor who holds no role. */
    static Navigation forPath(String path, boolean loggedIn) {
        return forPath(path, role -> loggedIn && "READER".equals(role));
    }

    /** The menu for a page at {@code path}, with the links {@code holds} says the user's roles reach. */
    static Navigation forPath(String path, java.util.function.Predicate<String> holds) {
        Section best = null;
        int bestLength = -1;
        for (Section section : SECTIONS) {
            for (String prefix : section.pages().stream().map(Page::path).toList()) {
                if (under(path, prefix) && prefix.length() > bestLength) {
                    best = section;
                    bestLength = prefix.length();
                }
            }
            for (String prefix : section.alsoUnder()) {
                if (under(path, prefix) && prefix.length() > bestLength) {
                    best = section;
                    bestLength = prefix.length();
                }
            }
        }
        if (best == null) {
            return new Navigation(null, List.of());
        }
        List<Link> links = best.pages().stream()
                .filter(page -> page.roles().isEmpty() || page.roles().stream().anyMatch(holds))
                .map(page -> new Link(page.key(), page.path(), path.equals(page.path()), under(path, page.path())))
                .toList();
        return new Navigation(best.key(), links);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
