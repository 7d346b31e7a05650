package io.talentwatch.ingest;

/** A feed's access token, read from the environment variable its definition names: never from the definition itself. */
final class AccessToken {
    private AccessToken() {}

    /** The token, or null when the feed names no variable; refused when the variable is not set. */
    static String of(FeedDefinition feed, java.util.function.Function<String, String> env) {
        if (!(feed.settings() instanceof ConnectorSettings.MastodonStream stream) || stream.accessTokenEnv() == null) {
            return null;
        }
        String token = env.apply(stream.accessTokenEnv());
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("feed '" + feed.name() + "': access-token-env names " + stream.accessTokenEnv()
                    + ", which is not set in the environment");
        }
        return token.strip();
    }
}
