package se.arenaregister.security;

/** What an account may do: an administrator also manages accounts and personal-data requests. */
public enum Role {
    ADMIN, EDITOR
}
