package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The second row of the menu: which section a page is in, and which of its pages is current. */
class NavigationTest {

    @Test
    void aDetailPageIsInTheSectionOfItsListAndMarksTheListAsWithin() {
        var menu = Navigation.forPath("/arenas/12", false);
        assertThat(menu.section()).isEqualTo("register");
        assertThat(menu.pages()).extracting(l -> l.path()).containsExactly("/arenas", "/areas", "/organisations", "/topics", "/companies");
        assertThat(menu.pages().get(0).within()).isTrue();
        assertThat(menu.pages().get(0).current()).isFalse();
    }

    @Test
    void theListItselfIsCurrent() {
        var menu = Navigation.forPath("/reviews", false);
        assertThat(menu.section()).isEqualTo("followup");
        assertThat(menu.pages()).filteredOn(l -> l.current()).extracting(l -> l.path()).containsExactly("/reviews");
    }

    @Test
    void pagesForLoggedInUsersOnlyAreLeftOutForThePublic() {
        assertThat(Navigation.forPath("/analysis", false).pages()).extracting(l -> l.path()).doesNotContain("/import");
        assertThat(Navigation.forPath("/analysis", role -> role.equals("AREA_EDITOR")).pages()).extracting(l -> l.path()).contains("/import");
        assertThat(Navigation.forPath("/analysis", role -> role.equals("READER")).pages()).extracting(l -> l.path()).doesNotContain("/import");
        assertThat(Navigation.forPath("/people", false).pages()).extracting(l -> l.path()).containsExactly("/people", "/decisions", "/agreements");
    }

    @Test
    void pagesBelowAnotherSectionsPrefixFindTheirOwnSection() {
        assertThat(Navigation.forPath("/analysis/areas/3/text", true).section()).isEqualTo("analysis");
        assertThat(Navigation.forPath("/appointments/4/edit", true).section()).isEqualTo("people");
        assertThat(Navigation.forPath("/import/confirm", true).section()).isEqualTo("analysis");
        assertThat(Navigation.forPath("/calendar", true).section()).isEqualTo("followup");
        // Not a prefix match by characters: /areasX is no page of /areas.
        assertThat(Navigation.forPath("/areasX", false).section()).isNull();
        assertThat(Navigation.forPath("/login", false).section()).isNull();
        assertThat(Navigation.forPath("/login", false).pages()).isEmpty();
    }

    @Test
    void theAdministratorsPagesShareARow() {
        var menu = Navigation.forPath("/admin/backup", role -> role.equals("ADMIN"));
        assertThat(menu.section()).isEqualTo("admin");
        assertThat(menu.pages()).extracting(l -> l.path()).containsExactly("/users", "/admin/backup", "/admin/memo-template", "/admin/reminders");
        assertThat(menu.pages()).filteredOn(l -> l.current()).extracting(l -> l.path()).containsExactly("/admin/backup");
        assertThat(Navigation.forPath("/users/3/edit", true).section()).isEqualTo("admin");
    }
}
