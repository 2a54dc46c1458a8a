package se.arenaregister.security.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;

/**
 * The account behind a sign-in through the identity provider. Found again by issuer and subject (stable); on the first
 * sign-in linked to the local account with the same e-mail, or created. Its role follows the provider's groups at every
 * sign-in (roles and the areas edited), so a change in the directory takes effect the next time the person signs in. An account made this way has a
 * password nobody knows (a random one, hashed), so it can only be used through the provider.
 */
@Service
class OidcAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Traceability trail;
    private final PasswordEncoder passwords;

    OidcAccounts(JdbcClient jdbc, Traceability trail, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.passwords = passwords;
    }

    /** Who signed in, as the provider says. */
    record Identity(String issuer, String subject, String email, String name, String preferredUsername) {
    }

    /** What the provider's groups give: roles and the areas edited (not both empty: that means no sign-in, decided before). */
    record Grants(java.util.Set<AccountRole> roles, java.util.List<Long> editorAreas) {

        boolean none() {
            return roles.isEmpty() && editorAreas.isEmpty();
        }
    }

    /** The account to sign in as, with the roles the groups give. */
    @Transactional
    UserAccount signIn(Identity who, Grants role) {
        Optional<UserAccount> linked = find("u.oidc_issuer = :issuer AND u.oidc_subject = :subject", who);
        if (linked.isPresent()) {
            return follow(linked.get(), who, role);
        }
        Optional<UserAccount> byEmail = who.email() == null ? Optional.empty()
                : find("lower(u.email) = lower(:email) AND u.oidc_subject IS NULL", who);
        if (byEmail.isPresent()) {
            jdbc.sql("UPDATE app_user SET oidc_issuer = :issuer, oidc_subject = :subject WHERE id = :id")
                    .param("issuer", who.issuer()).param("subject", who.subject()).param("id", byEmail.get().id()).update();
            return follow(byEmail.get(), who, role);
        }
        return create(who, role);
    }

    private UserAccount follow(UserAccount account, Identity who, Grants role) {
        String name = displayName(who, account.displayName());
        java.util.Set<AccountRole> roles = java.util.EnumSet.noneOf(AccountRole.class);
        roles.addAll(role.roles());
        if (!role.editorAreas().isEmpty()) {
            roles.add(AccountRole.AREA_EDITOR);
        }
        if (account.roles().equals(roles) && account.editorAreas().equals(role.editorAreas().stream().sorted().toList())
                && account.displayName().equals(name)) {
            return account;
        }
        jdbc.sql("UPDATE app_user SET display_name = :name, version = version + 1 WHERE id = :id")
                .param("name", name).param("id", account.id()).update();
        AccountRows.replaceRoles(jdbc, account.id(), role.roles(), role.editorAreas());
        UserAccount after = byId(account.id());
        trail.updated(account, after);
        return after;
    }

    private UserAccount create(Identity who, Grants role) {
        String secret = randomSecret();
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, oidc_issuer, oidc_subject, email)
                        VALUES (:username, :hash, :name, :issuer, :subject, :email)
                        RETURNING id""")
                .param("username", freeUsername(who)).param("hash", passwords.encode(secret))
                .param("name", displayName(who, who.subject()))
                .param("issuer", who.issuer()).param("subject", who.subject()).param("email", who.email())
                .query(Long.class).single();
        AccountRows.replaceRoles(jdbc, id, role.roles(), role.editorAreas());
        UserAccount created = byId(id);
        trail.createdWithSecrets(created, Labels.NONE, "password");
        return created;
    }

    private UserAccount byId(long id) {
        return jdbc.sql(AccountRows.SELECT + " WHERE u.id = :id").param("id", id).query((rs, n) -> AccountRows.account(rs)).single();
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    private Optional<UserAccount> find(String condition, Identity who) {
        return jdbc.sql(AccountRows.SELECT + " WHERE " + condition)
                .param("issuer", who.issuer()).param("subject", who.subject()).param("email", who.email())
                .query((rs, n) -> AccountRows.account(rs)).optional();
    }

    /** The provider's user name (or the e-mail's local part) as a user name the register allows, made unique. */
    private String freeUsername(Identity who) {
        String wanted = who.preferredUsername() != null ? who.preferredUsername()
                : who.email() != null ? who.email().substring(0, Math.max(who.email().indexOf('@'), 0)) : "";
        String base = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "");
        if (base.length() < 2) {
            base = "oidc-" + who.subject().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
        base = base.substring(0, Math.min(base.length(), 90));
        String candidate = base;
        for (int n = 2; taken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private boolean taken(String username) {
        return jdbc.sql("SELECT count(*) > 0 FROM app_user WHERE lower(username) = lower(:u)").param("u", username)
                .query(Boolean.class).single();
    }

    private static String displayName(Identity who, String fallback) {
        String name = who.name() != null && !who.name().isBlank() ? who.name().strip() : fallback;
        return name.substring(0, Math.min(name.length(), 200));
    }
}
