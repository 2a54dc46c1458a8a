package se.arenaregister.person;

import jakarta.validation.constraints.Size;

/** Which user account is the person's: a user name, or blank for none; {@code version} is the person's. */
public record AccountLinkForm(@Size(max = 100) String account, Long version) {

    public boolean none() {
        return account == null || account.isBlank();
    }

    public AccountLinkForm withVersion(Long newVersion) {
        return new AccountLinkForm(account, newVersion);
    }
}
