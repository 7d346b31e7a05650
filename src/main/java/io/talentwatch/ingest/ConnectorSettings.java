package io.talentwatch.ingest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** What a live connector needs to reach its feed: one record per connector. */
public sealed interface ConnectorSettings {

    String userAgent();

    /** An RSS or Atom document fetched every {@code interval}. */
    record RssPoll(URI url, Duration interval, String userAgent) implements ConnectorSettings {}

    /** A subreddit's newest posts, fetched every {@code interval} from {@code server} (reddit.com, or a test server). */
    record RedditPoll(URI server, String subreddit, Duration interval, String userAgent) implements ConnectorSettings {
        URI listing() {
            return URI.create(server + "/r/" + subreddit + "/new.json?limit=100&raw_json=1");
        }
    }

    /**
     * Mastodon's streaming API: one stream per channel (each hashtag, or a public timeline), its gaps
     * filled from the REST timeline of the same channel.
     *
     * @param accessTokenEnv the environment variable holding the token, or null for none
     */
    record MastodonStream(URI server, List<Channel> channels, String accessTokenEnv, String userAgent) implements ConnectorSettings {
        public MastodonStream {
            channels = List.copyOf(channels);
        }
    }

    /** One stream of a Mastodon server and the REST timeline that holds the same statuses. */
    record Channel(String label, String streamPath, String timelinePath) {
        static Channel hashtag(String tag) {
            String encoded = URLEncoder.encode(tag, StandardCharsets.UTF_8);
            return new Channel("#" + tag, "/api/v1/streaming/hashtag?tag=" + encoded, "/api/v1/timelines/tag/" + encoded);
        }

        static Channel timeline(String timeline) {
            return switch (timeline) {
                case "public" -> new Channel("public", "/api/v1/streaming/public", "/api/v1/timelines/public");
                case "public:local" -> new Channel("public:local", "/api/v1/streaming/public/local", "/api/v1/timelines/public?local=true");
                default -> throw new InvalidFeedSetting("timeline", "'" + timeline + "' is not a timeline; timelines are public and public:local");
            };
        }
    }
}
