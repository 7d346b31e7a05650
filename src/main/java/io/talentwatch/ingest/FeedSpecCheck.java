package io.talentwatch.ingest;

import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.model.SourceKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.util.TimeUtils;

/** Turns one feed as written into a {@link FeedDefinition}, or says which field is wrong and why. */
final class FeedSpecCheck {
    static final String DEFAULT_USER_AGENT = "talentwatch/0.1 (feed ingester)";
    static final URI REDDIT = URI.create("https://www.reddit.com");
    static final Duration DEFAULT_RSS_INTERVAL = Duration.ofMinutes(10);
    static final Duration DEFAULT_REDDIT_INTERVAL = Duration.ofMinutes(2);
    /** Feeds are polled politely: nothing a person reads changes faster than this matters. */
    static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

    private FeedSpecCheck() {}

    static FeedDefinition check(FeedSpec spec) {
        String name = name(spec.name());
        Connector connector = spec.connector() == null ? null : Connector.named(spec.connector());
        FeedFormat format = format(spec.format(), connector);
        SourceKind kind = kind(spec.kind(), format);
        Map<String, String> columns = columns(spec.columns(), format);
        checkFieldsApply(spec, connector);
        ConnectorSettings settings = connector == null ? null : switch (connector) {
            case RSS_POLL -> new ConnectorSettings.RssPoll(httpUri("url", required("url", spec.url())),
                    interval(spec.interval(), DEFAULT_RSS_INTERVAL), userAgent(spec.userAgent()));
            case REDDIT_POLL -> new ConnectorSettings.RedditPoll(server(spec.server(), REDDIT), subreddit(spec.subreddit()),
                    interval(spec.interval(), DEFAULT_REDDIT_INTERVAL), userAgent(spec.userAgent()));
            case MASTODON_STREAM -> new ConnectorSettings.MastodonStream(server(required("server", spec.server()), null),
                    channels(spec.hashtags(), spec.timeline()), tokenEnv(spec.accessTokenEnv()), userAgent(spec.userAgent()));
        };
        return new FeedDefinition(name, connector, format, kind, columns, settings);
    }

    private static String name(String name) {
        String value = required("name", name);
        if (!value.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*")) {
            throw new InvalidFeedSetting("name", "'" + value + "' must be letters, digits, '.', '_' and '-' (it names the source and the metrics)");
        }
        return value;
    }

    private static FeedFormat format(String format, Connector connector) {
        if (format == null) {
            return connector == null ? FeedFormat.ARTICLE_JSON : connector.format();
        }
        FeedFormat named;
        try {
            named = FeedFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidFeedSetting("format", e.getMessage().replaceFirst("^unknown feed format '[^']*'", "'" + format + "' is not a format"));
        }
        if (connector != null && named != connector.format()) {
            throw new InvalidFeedSetting("format", "'" + format + "' cannot be read by " + connector.wireName()
                    + ", which reads " + connector.format().wireName());
        }
        return named;
    }

    private static SourceKind kind(String kind, FeedFormat format) {
        if (kind == null) {
            return format.defaultKind();
        }
        try {
            return SourceKind.fromWire(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidFeedSetting("kind", "'" + kind + "' is not a kind; kinds are news and social");
        }
    }

    private static Map<String, String> columns(Map<String, String> columns, FeedFormat format) {
        if (columns == null) {
            return Map.of();
        }
        if (format != FeedFormat.CSV) {
            throw new InvalidFeedSetting("columns", "applies to format csv only, not to " + format.wireName());
        }
        if (columns.values().stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new InvalidFeedSetting("columns", "every field needs a column name");
        }
        try {
            format.reader(columns); // the format's own check of the field names
        } catch (IllegalArgumentException e) {
            throw new InvalidFeedSetting("columns", e.getMessage());
        }
        return columns;
    }

    private static void checkFieldsApply(FeedSpec spec, Connector connector) {
        for (String field : spec.connectorFields().keySet()) {
            if (connector == null) {
                throw new InvalidFeedSetting(field, "applies to a live feed only: name its connector ("
                        + java.util.Arrays.stream(Connector.values()).map(Connector::wireName).collect(java.util.stream.Collectors.joining(", "))
                        + ") or remove it");
            }
            if (!connector.fields().contains(field)) {
                throw new InvalidFeedSetting(field, "does not apply to " + connector.wireName() + ", which takes "
                        + String.join(", ", connector.fields()));
            }
        }
    }

    private static URI httpUri(String field, String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidFeedSetting(field, "'" + value + "' must be an http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidFeedSetting(field, "'" + value + "' is not a URL: " + e.getReason());
        }
    }

    /** A server's base URL, without a trailing slash, so paths append cleanly. */
    private static URI server(String value, URI fallback) {
        if (value == null) {
            return fallback;
        }
        URI uri = httpUri("server", value);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidFeedSetting("server", "'" + value + "' must be the server's base URL, without a query");
        }
        return URI.create(uri.toString().replaceFirst("/+$", ""));
    }

    private static Duration interval(String value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        Duration interval;
        try {
            interval = TimeUtils.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFeedSetting("interval", "'" + value + "' is not a duration; write it like 90s, 10m or 1h");
        }
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new InvalidFeedSetting("interval", "'" + value + "' is too short; feeds are polled at most every "
                    + MIN_INTERVAL.toSeconds() + "s");
        }
        return interval;
    }

    private static String subreddit(String value) {
        String name = required("subreddit", value).replaceFirst("^/?r/", "");
        if (!name.matches("[A-Za-z0-9_]{2,21}")) {
            throw new InvalidFeedSetting("subreddit", "'" + value + "' is not a subreddit name (2 to 21 letters, digits or '_')");
        }
        return name;
    }

    private static List<ConnectorSettings.Channel> channels(List<String> hashtags, String timeline) {
        if (hashtags == null && timeline == null) {
            throw new InvalidFeedSetting("hashtags", "is required, or else 'timeline' (public or public:local)");
        }
        if (hashtags != null && timeline != null) {
            throw new InvalidFeedSetting("timeline", "cannot go with 'hashtags': a mastodon-stream follows hashtags or a timeline, not both");
        }
        if (timeline != null) {
            return List.of(ConnectorSettings.Channel.timeline(timeline.strip()));
        }
        if (hashtags.isEmpty()) {
            throw new InvalidFeedSetting("hashtags", "is empty; name at least one hashtag");
        }
        List<ConnectorSettings.Channel> channels = new ArrayList<>();
        for (String hashtag : hashtags) {
            String tag = hashtag == null ? "" : hashtag.strip().replaceFirst("^#", "");
            if (!tag.matches("[\\p{L}\\p{N}_]+")) {
                throw new InvalidFeedSetting("hashtags", "'" + hashtag + "' is not a hashtag (letters, digits and '_')");
            }
            if (channels.stream().anyMatch(c -> c.label().equalsIgnoreCase("#" + tag))) {
                throw new InvalidFeedSetting("hashtags", "'" + hashtag + "' is listed twice");
            }
            channels.add(ConnectorSettings.Channel.hashtag(tag));
        }
        return channels;
    }

    private static String tokenEnv(String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new InvalidFeedSetting("access-token-env", "'" + value
                    + "' is not an environment variable name: give the name of the variable holding the token, never the token");
        }
        return value;
    }

    private static String userAgent(String value) {
        if (value == null) {
            return DEFAULT_USER_AGENT;
        }
        if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new InvalidFeedSetting("user-agent", "must be printable ASCII on one line");
        }
        return value.strip();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFeedSetting(field, "is required");
        }
        return value.strip();
    }
}
