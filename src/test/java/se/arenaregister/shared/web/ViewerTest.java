package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** Who a page is drawn for: the roles the hierarchy reaches count, area grants are not roles, the public holds none. */
class ViewerTest {

    static final RoleHierarchy HIERARCHY = RoleHierarchyImpl.withDefaultRolePrefix()
            .role("ADMIN").implies("COORDINATOR")
            .role("COORDINATOR").implies("READER")
            .role("AREA_EDITOR").implies("READER")
            .build();

    @Test
    void anAdministratorHoldsWhatTheHierarchyReaches() {
        Viewer viewer = Viewer.of(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")), HIERARCHY);

        assertThat(viewer.signedIn()).isTrue();
        assertThat(viewer.name()).isEqualTo("admin");
        assertThat(viewer.roles()).containsExactlyInAnyOrder("ADMIN", "COORDINATOR", "READER");
        assertThat(viewer.holds("COORDINATOR")).isTrue();
        assertThat(viewer.holds("AREA_EDITOR")).isFalse();
        assertThat(viewer.holdsAny("AREA_EDITOR", "READER")).isTrue();
    }

    @Test
    void anAreaEditorHoldsNoCoordinatorsRoleAndAnAreaGrantIsNotARole() {
        Viewer viewer = Viewer.of(UsernamePasswordAuthenticationToken.authenticated("editor", null,
                AuthorityUtils.createAuthorityList("ROLE_AREA_EDITOR", "AREA_12")), HIERARCHY);

        assertThat(viewer.roles()).containsExactlyInAnyOrder("AREA_EDITOR", "READER");
        assertThat(viewer.holds("COORDINATOR")).isFalse();
        assertThat(viewer.holdsAny("COORDINATOR", "ADMIN")).isFalse();
    }

    @Test
    void thePublicIsNotSignedInAndHoldsNothing() {
        Viewer anonymous = Viewer.of(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), HIERARCHY);
        Viewer nobody = Viewer.of(null, HIERARCHY);
        TestingAuthenticationToken notAuthenticated = new TestingAuthenticationToken("x", null, List.of());
        notAuthenticated.setAuthenticated(false);

        for (Viewer viewer : List.of(anonymous, nobody, Viewer.of(notAuthenticated, HIERARCHY))) {
            assertThat(viewer.signedIn()).isFalse();
            assertThat(viewer.name()).isNull();
            assertThat(viewer.holds("READER")).isFalse();
            assertThat(viewer.holds("ANONYMOUS")).isFalse();
        }
    }
}
