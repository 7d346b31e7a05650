package io.talentwatch.ingest;

/** A feed definition file that cannot be used; the message names the file, the feed and the field at fault. */
public final class FeedDefinitionException extends RuntimeException {
    FeedDefinitionException(String file, String feed, String field, String problem) {
        super(file + ": " + (feed.isEmpty() ? "" : feed + ": ") + (field.isEmpty() ? "" : "'" + field + "' ") + problem);
    }
}
