package se.arenaregister.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/**
 * Personal API tokens ({@code api_token}): an account makes them (the secret is answered once and only its SHA-256 is
 * kept), lists and revokes its own; an administrator may revoke any account's. A request that presents one is let in
 * as the token's account, with the account's roles as {@link UserAccounts} loads them, while the token is neither
 * revoked nor expired and the account is enabled, all checked at every request. Its use is recorded on the token at
 * most once a minute, and audited once a day (the first use, with the address it came from).
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ar_";
    /** The secret: {@value #PREFIX} and 256 random bits in base64url (43 characters). */
    static final Pattern SECRET = Pattern.compile("^" + PREFIX + "[A-Za-z0-9_-]{43}$");
    /** What of the secret lists show: the prefix and its next 8 characters. */
    static final int SHOWN = PREFIX.length() + 8;
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    static final int ADDRESS_LENGTH = 100;
    static final String ENTITY = "apiToken";

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    private static final String SELECT = """
            SELECT t.id, u.username, t.name, t.scope, t.prefix, t.created_at, t.expires_at, t.last_used_at, t.last_used_from,
                   t.revoked_at, t.version
            FROM api_token t JOIN app_user u ON u.id = t.user_id
            """;

    /** A new token and its secret, which is never available again. */
    public record Created(ApiToken token, String secret) {
    }

    /** Who a presented token speaks for, and what it may do. */
    record Bearer(long tokenId, String prefix, ApiTokenScope scope, UserDetails account, Instant lastUsedAt) {
    }

    private final JdbcClient jdbc;
    private final FormValidator validator;
    private final Traceability trail;
    private final UserAccounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, FormValidator validator, Traceability trail, UserAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.trail = trail;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Makes a token for {@code username}; the answer holds the secret, which nothing keeps. */
    @Transactional
    public Created create(String username, ApiTokenForm form) {
        long userId = jdbc.sql("SELECT id FROM app_user WHERE lower(username) = lower(:u)").param("u", username)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException(UserAdministration.ENTITY, username));
        List<Rejection> rules = new ArrayList<>();
        if (form.name() != null && !form.name().isBlank() && nameTaken(userId, form.name().strip())) {
            rules.add(new Rejection("name", "apiToken.name.taken"));
        }
        validator.check(form, rules);
        String secret = newSecret();
        Instant now = clock.instant();
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO api_token (user_id, name, scope, token_hash, prefix, created_at, expires_at)
                            VALUES (:user, :name, :scope, :hash, :prefix, :now, :expires) RETURNING id""")
                    .param("user", userId).param("name", form.name().strip()).param("scope", form.scope().name())
                    .param("hash", hash(secret)).param("prefix", secret.substring(0, SHOWN))
                    .param("now", Timestamp.from(now)).param("expires", timestamp(form.expiry().from(now)))
                    .query(Long.class).single();
        } catch (DuplicateKeyException sameNameAtOnce) {
            throw InvalidInputException.of("name", "apiToken.name.taken");
        }
        ApiToken saved = get(id);
        trail.createdWithSecrets(saved, Labels.NONE, "secret");
        return new Created(saved, secret);
    }

    /** The account's tokens: those in use first, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> of(String username) {
        return jdbc.sql(SELECT + " WHERE lower(u.username) = lower(:u) ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.id DESC")
                .param("u", username).query((rs, n) -> token(rs)).list();
    }

    /** The tokens of the account with this id, for its administrator. */
    @Transactional(readOnly = true)
    public List<ApiToken> ofAccount(long accountId) {
        return jdbc.sql(SELECT + " WHERE u.id = :id ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.id DESC")
                .param("id", accountId).query((rs, n) -> token(rs)).list();
    }

    /** Revokes one of {@code username}'s own tokens; another account's token is one that does not exist. */
    @Transactional
    public ApiToken revoke(String username, long id) {
        ApiToken current = get(id);
        if (!current.account().equalsIgnoreCase(username)) {
            throw new NotFoundException(ENTITY, id);
        }
        return revoke(current);
    }

    /** An administrator revokes a token of the account with id {@code accountId}. */
    @Transactional
    public ApiToken revokeOfAccount(long accountId, long id) {
        ApiToken current = jdbc.sql(SELECT + " WHERE t.id = :id AND t.user_id = :account").param("id", id).param("account", accountId)
                .query((rs, n) -> token(rs)).optional().orElseThrow(() -> new NotFoundException(ENTITY, id));
        return revoke(current);
    }

    /** Revoking twice changes nothing the second time. */
    private ApiToken revoke(ApiToken current) {
        int updated = jdbc.sql("UPDATE api_token SET revoked_at = :now, version = version + 1 WHERE id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", current.id()).update();
        if (updated == 0) {
            return get(current.id());
        }
        ApiToken saved = get(current.id());
        trail.updated(current, saved);
        return saved;
    }

    /**
     * The account a presented secret speaks for, if the token is known, not revoked, not expired, and its account
     * exists and is enabled. Refusals are logged with the address (and, for a known token, its prefix), never the secret.
     */
    @Transactional(readOnly = true)
    Optional<Bearer> bearer(String secret, String address) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            log.info("API token refused from {}: not a token of this register", address);
            return Optional.empty();
        }
        record Found(long id, String username, String prefix, ApiTokenScope scope, Instant expiresAt, Instant lastUsedAt) {
        }
        Optional<Found> found = jdbc.sql("""
                        SELECT t.id, u.username, t.prefix, t.scope, t.expires_at, t.last_used_at
                        FROM api_token t JOIN app_user u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL""")
                .param("hash", hash(secret))
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getString("username"), rs.getString("prefix"),
                        ApiTokenScope.valueOf(rs.getString("scope")), instant(rs, "expires_at"), instant(rs, "last_used_at")))
                .optional();
        if (found.isEmpty()) {
            log.info("API token refused from {}: unknown or revoked", address);
            return Optional.empty();
        }
        Found token = found.get();
        if (token.expiresAt() != null && !token.expiresAt().isAfter(clock.instant())) {
            log.info("API token {} of '{}' refused from {}: expired {}", token.prefix(), token.username(), address, token.expiresAt());
            return Optional.empty();
        }
        UserDetails account;
        try {
            account = accounts.loadUserByUsername(token.username());
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
        if (!account.isEnabled() || !account.isAccountNonLocked() || !account.isAccountNonExpired()) {
            log.info("API token {} of '{}' refused from {}: the account is disabled", token.prefix(), token.username(), address);
            return Optional.empty();
        }
        return Optional.of(new Bearer(token.id(), token.prefix(), token.scope(), account, token.lastUsedAt()));
    }

    /**
     * Records that the token was used, from where: on the token at most once a minute, and in the audit log at its first
     * use each day (the conditional update decides, so two requests at once audit it once). Called with the token's
     * account logged in, so the entry is under the account's name.
     */
    @Transactional
    void recordUse(Bearer bearer, String address) {
        Instant now = clock.instant();
        if (bearer.lastUsedAt() != null && bearer.lastUsedAt().isAfter(now.minus(USE_RECORDED_EVERY))) {
            return;
        }
        String from = address == null || address.length() <= ADDRESS_LENGTH ? address : address.substring(0, ADDRESS_LENGTH);
        Instant today = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        int firstToday = jdbc.sql("""
                        UPDATE api_token SET last_used_at = :now, last_used_from = :from
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :today)""")
                .param("now", Timestamp.from(now)).param("from", from).param("id", bearer.tokenId())
                .param("today", Timestamp.from(today)).update();
        if (firstToday == 1) {
            trail.noted(EntityType.API_TOKEN, bearer.tokenId(), "usedFrom", from);
            return;
        }
        jdbc.sql("UPDATE api_token SET last_used_at = :now, last_used_from = :from WHERE id = :id AND last_used_at < :minuteAgo")
                .param("now", Timestamp.from(now)).param("from", from).param("id", bearer.tokenId())
                .param("minuteAgo", Timestamp.from(now.minus(USE_RECORDED_EVERY))).update();
    }

    private ApiToken get(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query((rs, n) -> token(rs)).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private boolean nameTaken(long userId, String name) {
        return jdbc.sql("SELECT count(*) > 0 FROM api_token WHERE user_id = :user AND lower(name) = lower(:name) AND revoked_at IS NULL")
                .param("user", userId).param("name", name).query(Boolean.class).single();
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * SHA-256 of the secret, as 64 hex digits. No salt and no slow hash: the secret is 256 random bits, so there is no
     * guessable input for either to protect, and the lookup by hash stays one index probe per request.
     */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getString("name"), ApiTokenScope.valueOf(rs.getString("scope")),
                rs.getString("prefix"), instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                rs.getString("last_used_from"), instant(rs, "revoked_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
