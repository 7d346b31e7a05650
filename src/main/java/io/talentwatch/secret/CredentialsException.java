package io.talentwatch.secret;

/**
 * Credentials given in a way that cannot work (a user without a password, an unreadable password
 * file, two passwords at once). An {@link IllegalStateException}, so the CLI prints its message
 * as one line. Messages name variables and files, never a password.
 */
public final class CredentialsException extends IllegalStateException {
    public CredentialsException(String message) {
        super(message);
    }
}
