package io.talentwatch.ingest;

/** A field of one feed definition that cannot be used; {@link FeedDefinitions} adds the file and the feed. */
final class InvalidFeedSetting extends IllegalArgumentException {
    private final String field;

    InvalidFeedSetting(String field, String problem) {
        super(problem);
        this.field = field;
    }

    String field() {
        return field;
    }
}
