package io.talentwatch.feed;

/** Raised for input that cannot become a document; the message is the reason a dead letter carries. */
public final class MalformedItem extends Exception {
    public MalformedItem(String reason) {
        super(reason, null, false, false);
    }
}
