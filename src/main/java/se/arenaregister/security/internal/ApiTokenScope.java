package se.arenaregister.security.internal;

/**
 * What a personal API token may do: {@link #READ} only reads (GET, HEAD, OPTIONS); {@link #WRITE} may also change what
 * its account may change. Never more than the account: a token acts with the account's own roles.
 */
public enum ApiTokenScope {
    READ, WRITE;

    /** Whether a request with this HTTP method is one this scope allows. */
    public boolean allows(String method) {
        return this == WRITE || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
