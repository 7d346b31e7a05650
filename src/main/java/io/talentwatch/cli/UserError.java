package io.talentwatch.cli;

/** A failure the user can fix from its message alone; printed without a stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
