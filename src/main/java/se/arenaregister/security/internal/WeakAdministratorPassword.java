package se.arenaregister.security.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** {@code ADMIN_PASSWORD} breaks the password policy: the first administrator is not created and the start stops. */
class WeakAdministratorPassword extends IllegalStateException {

    /** How to fix it. */
    static final String FIX = "Set ADMIN_PASSWORD (or arenaregister.admin.password) to a password of " + PasswordPolicy.MIN_LENGTH
            + " to " + Passwords.MAX_LENGTH + " characters that is not a common one and does not contain the administrator's"
            + " user name (a few words of your own work well); or leave it unset, and a random password is generated and"
            + " shown once in the log. Then start again.";

    private final transient PasswordPolicy.Breach breach;

    WeakAdministratorPassword(PasswordPolicy.Breach breach) {
        super("ADMIN_PASSWORD " + reason(breach) + ". " + FIX);
        this.breach = breach;
    }

    PasswordPolicy.Breach breach() {
        return breach;
    }

    static String reason(PasswordPolicy.Breach breach) {
        return switch (breach) {
            case TOO_SHORT -> "is shorter than " + PasswordPolicy.MIN_LENGTH + " characters";
            case TOO_LONG -> "is longer than " + Passwords.MAX_LENGTH + " characters (logins refuse longer passwords)";
            case COMMON -> "is one of the most common passwords (easily guessed)";
            case CONTAINS_USERNAME -> "contains the administrator's user name";
        };
    }

    /**
     * Spring Boot's report for it: "APPLICATION FAILED TO START" with what is wrong and how to fix it, instead of a
     * stack trace. Registered in {@code META-INF/spring.factories}.
     */
    static class Analyzer extends AbstractFailureAnalyzer<WeakAdministratorPassword> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, WeakAdministratorPassword cause) {
            return new FailureAnalysis("The first administrator was not created: ADMIN_PASSWORD " + reason(cause.breach()) + ".",
                    FIX, cause);
        }
    }
}
