package io.talentwatch.feed;

/**
 * Raised for input that cannot become a document. {@link #reason()} is stable across items (replay
 * counts by it); the message adds the item's own detail, and is what a dead letter carries.
 */
public final class MalformedItem extends Exception {
    private final String reason;

    public MalformedItem(String reason) {
        this(reason, null);
    }

    public MalformedItem(String reason, String detail) {
        super(detail == null ? reason : reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
