package io.talentwatch.ingest;

import io.talentwatch.feed.format.FeedFormat;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** How a live feed is read, by the name its definition gives; each reads one wire format. */
public enum Connector {
    RSS_POLL("rss-poll", FeedFormat.RSS, List.of("url", "interval", "user-agent")),
    MASTODON_STREAM("mastodon-stream", FeedFormat.MASTODON_STREAM, List.of("server", "hashtags", "timeline", "access-token-env", "user-agent")),
    REDDIT_POLL("reddit-poll", FeedFormat.REDDIT, List.of("server", "subreddit", "interval", "user-agent"));

    private final String wireName;
    private final FeedFormat format;
    private final List<String> fields;

    Connector(String wireName, FeedFormat format, List<String> fields) {
        this.wireName = wireName;
        this.format = format;
        this.fields = fields;
    }

    public String wireName() {
        return wireName;
    }

    /** The format of what this connector fetches: the only one a feed with this connector may name. */
    public FeedFormat format() {
        return format;
    }

    /** The definition fields this connector takes, beside those every feed has. */
    List<String> fields() {
        return fields;
    }

    static Connector named(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidFeedSetting("connector", "'" + name + "' is not a connector; connectors are "
                        + Arrays.stream(values()).map(Connector::wireName).collect(Collectors.joining(", "))));
    }
}
