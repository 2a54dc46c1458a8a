package se.arenaregister.security.internal;

/**
 * What an account may do: an administrator also manages accounts and personal-data requests. Not a person's role in
 * an arena, which is {@code person.Role}.
 */
public enum AccountRole {
    ADMIN, EDITOR
}
