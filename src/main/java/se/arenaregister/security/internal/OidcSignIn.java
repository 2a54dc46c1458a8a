package se.arenaregister.security.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import se.arenaregister.security.AreaDirectory;

/**
 * Turns a person the identity provider vouches for into a user of the register: their groups give the roles
 * and areas ({@link OidcProperties}), {@link OidcAccounts} finds, links or creates the account, and the signed-in user carries the
 * account's user name and roles, exactly as after a password login. Without a mapped group, or with a disabled account,
 * there is no sign-in.
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ROLE = "arenaregister_no_role";
    static final String DISABLED = "arenaregister_disabled";

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final OidcAccounts accounts;
    private final OidcProperties properties;
    private final ObjectProvider<AreaDirectory> areas;

    OidcSignIn(OidcAccounts accounts, OidcProperties properties, ObjectProvider<AreaDirectory> areas) {
        this(new OidcUserService(), accounts, properties, areas);
    }

    OidcSignIn(OAuth2UserService<OidcUserRequest, OidcUser> provider, OidcAccounts accounts, OidcProperties properties,
               ObjectProvider<AreaDirectory> areas) {
        this.provider = provider;
        this.accounts = accounts;
        this.properties = properties;
        this.areas = areas;
    }

    private java.util.Optional<Long> areaNamed(String name) {
        AreaDirectory directory = areas.getIfAvailable();
        return directory == null ? java.util.Optional.empty() : directory.byName(name);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        OidcAccounts.Grants role = properties.grantsFor(groups(person.getClaims().get(properties.groupsClaim())), this::areaNamed);
        if (role.none()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE));
        }
        UserAccount account = accounts.signIn(new OidcAccounts.Identity(person.getIssuer().toString(), person.getSubject(),
                person.getEmail(), person.getFullName(), person.getPreferredUsername()), role);
        if (!account.enabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(DISABLED));
        }
        return new SignedIn(account, person);
    }

    private static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    /** The provider's person under the account's user name and role. */
    static final class SignedIn extends DefaultOidcUser {
        private final String username;

        SignedIn(UserAccount account, OidcUser person) {
            super(AccountRows.authorities(account), person.getIdToken(), person.getUserInfo());
            this.username = account.username();
        }

        @Override
        public String getName() {
            return username;
        }
    }
}
