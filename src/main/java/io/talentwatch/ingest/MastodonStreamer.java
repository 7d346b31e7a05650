package io.talentwatch.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Mastodon feed: one stream per hashtag (or its public timeline), each in its own thread, all
 * publishing through the feed's one publisher so that a status under two hashtags goes out once.
 */
final class MastodonStreamer implements FeedConnector {
    private final String feed;
    private final List<MastodonChannel> channels = new ArrayList<>();

    /** @throws IllegalArgumentException when the access token's environment variable is not set */
    MastodonStreamer(FeedDefinition feed, FeedPublisher publisher, FeedMetrics metrics, IngestRuntime runtime) {
        this.feed = feed.name();
        ConnectorSettings.MastodonStream settings = (ConnectorSettings.MastodonStream) feed.settings();
        String token = AccessToken.of(feed, runtime.env());
        for (ConnectorSettings.Channel channel : settings.channels()) {
            channels.add(new MastodonChannel(feed, channel, token, publisher, metrics, runtime));
        }
    }

    @Override
    public void runOnce(Duration streamLimit) throws InterruptedException {
        runAll(channel -> channel.runOnce(streamLimit));
    }

    @Override
    public void runContinuously() throws InterruptedException {
        runAll(MastodonChannel::runContinuously);
    }

    private interface ChannelRun {
        void run(MastodonChannel channel) throws InterruptedException;
    }

    private void runAll(ChannelRun run) throws InterruptedException {
        if (channels.size() == 1) {
            run.run(channels.get(0));
            return;
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            MastodonChannel channel = channels.get(i);
            threads.add(Workers.start("ingest-" + feed + "-" + i, () -> run.run(channel)));
        }
        Workers.joinAll(threads);
    }
}
