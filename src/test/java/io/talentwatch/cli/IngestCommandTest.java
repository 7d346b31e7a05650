package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code talentwatch ingest} options and definition files that stop it before anything runs (no Kafka needed). */
class IngestCommandTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws Exception {
        return Files.writeString(dir.resolve("feeds.yaml"), yaml);
    }

    @Test
    void aBadDefinitionFileStopsWithItsFileFeedAndField() throws Exception {
        Path feeds = file("feeds:\n  - {name: blog, connector: rss-poll, url: 'https://blog.example/feed', interval: soon}\n");

        CliRun run = CliRun.of("ingest", feeds.toString(), "--once");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(feeds + ": feed 'blog': 'interval' 'soon' is not a duration");
    }

    @Test
    void feedsThatCannotBeIngestedAreNamed() throws Exception {
        Path feeds = file("feeds:\n  - {name: blog, connector: rss-poll, url: 'https://blog.example/feed'}\n  - {name: export, format: csv}\n");

        CliRun unknown = CliRun.of("ingest", feeds.toString(), "--feed", "blgo", "--once");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--feed: no feed 'blgo' in " + feeds + "; its feeds are blog, export");

        CliRun replayOnly = CliRun.of("ingest", feeds.toString(), "--feed", "export", "--once");
        assertThat(replayOnly.exitCode()).isEqualTo(2);
        assertThat(replayOnly.err()).contains("--feed: feed 'export' has no connector; it is an export for talentwatch replay");

        CliRun archives = CliRun.of("ingest", "connectors/feeds/archives.yaml", "--once");
        assertThat(archives.exitCode()).isEqualTo(2);
        assertThat(archives.err()).contains("connectors/feeds/archives.yaml has no feed with a connector, only exports for replay: newsroom-archive,");

        CliRun missing = CliRun.of("ingest", "connectors/feeds/nope.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("connectors/feeds/nope.yaml' does not exist");
    }

    @Test
    void anAccessTokenVariableThatIsNotSetIsNamed() throws Exception {
        Path feeds = file("feeds:\n  - {name: m, connector: mastodon-stream, server: 'https://m.example', hashtags: [x], "
                + "access-token-env: TALENTWATCH_TEST_TOKEN_NEVER_SET}\n");

        CliRun run = CliRun.of("ingest", feeds.toString(), "--once", "--kafka", "127.0.0.1:1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("feed 'm': access-token-env names TALENTWATCH_TEST_TOKEN_NEVER_SET, which is not set");
    }

    @Test
    void badOptionValuesAreNamed() throws Exception {
        Path feeds = file("feeds:\n  - {name: blog, connector: rss-poll, url: 'https://blog.example/feed'}\n");

        CliRun port = CliRun.of("ingest", feeds.toString(), "--metrics-port", "70000");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("--metrics-port must be 0 to 65535, got 70000");

        CliRun streamFor = CliRun.of("ingest", feeds.toString(), "--once", "--stream-for", "forever");
        assertThat(streamFor.exitCode()).isEqualTo(2);
        assertThat(streamFor.err()).contains("--stream-for");
    }

    @Test
    void optionsThatDoNotApplyToTheModeAreRefusedNotIgnored() throws Exception {
        Path feeds = file("feeds:\n  - {name: blog, connector: rss-poll, url: 'https://blog.example/feed'}\n");

        CliRun streamFor = CliRun.of("ingest", feeds.toString(), "--stream-for", "30s", "--kafka", "127.0.0.1:1");
        assertThat(streamFor.exitCode()).isEqualTo(2);
        assertThat(streamFor.err()).contains("--stream-for applies with --once only");

        CliRun summaryEvery = CliRun.of("ingest", feeds.toString(), "--once", "--summary-every", "1m", "--kafka", "127.0.0.1:1");
        assertThat(summaryEvery.exitCode()).isEqualTo(2);
        assertThat(summaryEvery.err()).contains("--summary-every does not apply with --once");
    }

    @Test
    void aMetricsPortInUseIsNamed() throws Exception {
        Path feeds = file("feeds:\n  - {name: blog, connector: rss-poll, url: 'http://127.0.0.1:1/feed'}\n");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            CliRun run = CliRun.of("ingest", feeds.toString(), "--once", "--kafka", "127.0.0.1:1", "--metrics-port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("--metrics-port: cannot listen on port " + taken.getLocalPort());
        }
    }

    @Test
    void onceExitsWith3WhenAFeedCouldNotBeFetchedAndSaysWhich() throws Exception {
        Path feeds = file("feeds:\n  - {name: unreachable, connector: rss-poll, url: 'http://127.0.0.1:1/feed'}\n");

        CliRun run = CliRun.of("ingest", feeds.toString(), "--once", "--kafka", "127.0.0.1:1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("unreachable: 1 polls, 0 not modified, 0 published, 0 retractions, 0 dead-lettered, 1 errors");
        assertThat(run.err()).contains("could not fetch unreachable");
    }
}
