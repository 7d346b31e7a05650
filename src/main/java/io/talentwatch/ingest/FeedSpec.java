package io.talentwatch.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One feed as written in YAML, before any check: what Jackson binds, field for field. */
record FeedSpec(String name, String connector, String format, String kind, String url, String interval, String server,
                List<String> hashtags, String timeline, String accessTokenEnv, String subreddit, String userAgent,
                Map<String, String> columns) {

    /** The connector-specific fields that were written, by their YAML names. */
    Map<String, Object> connectorFields() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("url", url);
        given.put("interval", interval);
        given.put("server", server);
        given.put("hashtags", hashtags);
        given.put("timeline", timeline);
        given.put("access-token-env", accessTokenEnv);
        given.put("subreddit", subreddit);
        given.put("user-agent", userAgent);
        given.values().removeIf(java.util.Objects::isNull);
        return given;
    }

    /** The YAML document: a list of feeds under {@code feeds}. */
    record File(List<FeedSpec> feeds) {}
}
