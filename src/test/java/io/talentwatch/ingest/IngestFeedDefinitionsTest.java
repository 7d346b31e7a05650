package io.talentwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.feed.format.Parsed;
import io.talentwatch.model.SourceKind;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feed definition files: the shipped ones, and every mistake named by file, feed and field. */
class IngestFeedDefinitionsTest {

    private static FeedDefinitionException error(String feeds) {
        try {
            FeedDefinitions.parse(feeds, "connectors/feeds/x.yaml");
        } catch (FeedDefinitionException e) {
            return e;
        }
        throw new AssertionError("accepted:\n" + feeds);
    }

    @Test
    void theShippedLiveFeedsHaveOneOfEachConnector() {
        FeedDefinitions definitions = FeedDefinitions.load(Path.of("connectors/feeds/ai-talent.yaml"));

        assertThat(definitions.live()).hasSameSizeAs(definitions.feeds());
        assertThat(definitions.feeds()).extracting(FeedDefinition::connector).contains(Connector.values());
        FeedDefinition arabic = definitions.named("aitnews-ar");
        assertThat(arabic.format()).isEqualTo(FeedFormat.RSS);
        assertThat(arabic.kind()).isEqualTo(SourceKind.NEWS);
        assertThat(((ConnectorSettings.RssPoll) arabic.settings()).url()).isEqualTo(URI.create("https://aitnews.com/feed/"));

        FeedDefinition mastodon = definitions.named("mastodon-ai-hiring");
        ConnectorSettings.MastodonStream stream = (ConnectorSettings.MastodonStream) mastodon.settings();
        assertThat(stream.channels()).extracting(ConnectorSettings.Channel::streamPath)
                .contains("/api/v1/streaming/hashtag?tag=AIhiring");
        assertThat(stream.accessTokenEnv()).isEqualTo("MASTODON_TOKEN");
        assertThat(mastodon.kind()).isEqualTo(SourceKind.SOCIAL);

        ConnectorSettings.RedditPoll reddit = (ConnectorSettings.RedditPoll) definitions.named("reddit-ml").settings();
        assertThat(reddit.listing()).isEqualTo(URI.create("https://www.reddit.com/r/MachineLearning/new.json?limit=100&raw_json=1"));
        assertThat(reddit.interval()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void theShippedArchivesAreReplayOnlyAndTheirCsvMappingReadsTheExport() throws Exception {
        FeedDefinitions archives = FeedDefinitions.load(Path.of("connectors/feeds/archives.yaml"));
        assertThat(archives.live()).isEmpty();

        FeedDefinition newsroom = archives.named("newsroom-archive");
        Parsed parsed = newsroom.reader().parse(Files.readAllBytes(Path.of("src/test/resources/feeds/formats/articles.csv")),
                newsroom.context(Instant.parse("2025-07-01T00:00:00Z")));
        FeedItem first = (FeedItem) parsed.events().get(0);
        assertThat(first.title()).isEqualTo("Meta lures OpenAI researchers");
        assertThat(first.source()).as("the export's own column").isEqualTo("Example News");
        assertThat(first.author()).isEqualTo("A. Writer");
        assertThat(first.url()).isEqualTo("https://news.example.com/meta-openai");
        assertThat(archives.named("talent-poaching-sample").format()).isEqualTo(FeedFormat.ARTICLE_JSON);
    }

    @Test
    void defaultsFollowTheConnector() {
        FeedDefinition rss = Feeds.one("- {name: blog, connector: rss-poll, url: 'https://blog.example/feed'}");
        assertThat(rss.format()).isEqualTo(FeedFormat.RSS);
        assertThat(rss.kind()).isEqualTo(SourceKind.NEWS);
        assertThat(((ConnectorSettings.RssPoll) rss.settings()).interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(rss.settings().userAgent()).startsWith("talentwatch/");

        FeedDefinition reddit = Feeds.one("- {name: r, connector: reddit-poll, subreddit: r/cscareerquestions, kind: news}");
        assertThat(((ConnectorSettings.RedditPoll) reddit.settings()).listing().toString())
                .isEqualTo("https://www.reddit.com/r/cscareerquestions/new.json?limit=100&raw_json=1");
        assertThat(reddit.kind()).as("kind overrides the format's").isEqualTo(SourceKind.NEWS);

        FeedDefinition arabicTag = Feeds.one("- {name: m, connector: mastodon-stream, server: 'https://mastodon.example/', hashtags: ['#توظيف']}");
        ConnectorSettings.MastodonStream stream = (ConnectorSettings.MastodonStream) arabicTag.settings();
        assertThat(stream.server()).isEqualTo(URI.create("https://mastodon.example"));
        assertThat(stream.channels().get(0).streamPath()).isEqualTo("/api/v1/streaming/hashtag?tag=%D8%AA%D9%88%D8%B8%D9%8A%D9%81");

        FeedDefinition export = Feeds.one("- {name: e, format: atom}");
        assertThat(export.live()).isFalse();
        assertThat(export.format()).isEqualTo(FeedFormat.RSS);
        assertThat(Feeds.one("- {name: plain}").format()).isEqualTo(FeedFormat.ARTICLE_JSON);
    }

    @Test
    void eachMistakeIsNamedByFileFeedAndField() {
        assertThat(error("feeds:\n  - {name: a, connector: rss-poll, url: 'https://a.example/f', intervall: 5m}\n")).hasMessageStartingWith(
                "connectors/feeds/x.yaml: feed 'a': 'intervall' is not a known field; fields are access-token-env, columns, connector, format,");
        assertThat(error("feeds:\n  - {name: a, connector: rss-pull, url: 'https://a.example/f'}\n")).hasMessage(
                "connectors/feeds/x.yaml: feed 'a': 'connector' 'rss-pull' is not a connector; connectors are rss-poll, mastodon-stream, reddit-poll");
        assertThat(error("feeds:\n  - {name: a, format: json}\n")).hasMessageStartingWith(
                "connectors/feeds/x.yaml: feed 'a': 'format' 'json' is not a format; formats are article-json, rss,");
        assertThat(error("feeds:\n  - {name: a, connector: rss-poll, url: 'https://a.example/f', format: reddit}\n")).hasMessage(
                "connectors/feeds/x.yaml: feed 'a': 'format' 'reddit' cannot be read by rss-poll, which reads rss");
        assertThat(error("feeds:\n  - {name: a, connector: rss-poll, url: 'https://a.example/f', interval: often}\n")).hasMessage(
                "connectors/feeds/x.yaml: feed 'a': 'interval' 'often' is not a duration; write it like 90s, 10m or 1h");
        assertThat(error("feeds:\n  - {name: a, connector: rss-poll, url: 'https://a.example/f', interval: 10}\n"))
                .as("a bare number would be milliseconds").hasMessageStartingWith("connectors/feeds/x.yaml: feed 'a': 'interval' has a bad value");
        assertThat(error("feeds:\n  - {name: a, connector: rss-poll, url: 'https://a.example/f', interval: 1s}\n"))
                .hasMessageContaining("'interval' '1s' is too short");
        assertThat(error("feeds:\n  - {name: a, connector: rss-poll}\n")).hasMessage("connectors/feeds/x.yaml: feed 'a': 'url' is required");
        assertThat(error("feeds:\n  - {name: a, connector: rss-poll, url: 'ftp://a.example/f'}\n")).hasMessageContaining(
                "'url' 'ftp://a.example/f' must be an http or https URL");
        assertThat(error("feeds:\n  - {name: a, format: csv}\n  - {name: a, format: rss}\n")).hasMessage(
                "connectors/feeds/x.yaml: feed 'a': 'name' is used by an earlier feed; names must be unique in a file");
        assertThat(error("feeds:\n  - {name: a, format: rss, columns: {title: Headline}}\n")).hasMessage(
                "connectors/feeds/x.yaml: feed 'a': 'columns' applies to format csv only, not to rss");
        assertThat(error("feeds:\n  - {name: a, format: csv, columns: {headline: Headline}}\n")).hasMessageStartingWith(
                "connectors/feeds/x.yaml: feed 'a': 'columns' unknown field 'headline' in the CSV mapping");
        assertThat(error("feeds:\n  - {name: a, connector: rss-poll, url: 'https://a.example/f', subreddit: x}\n")).hasMessage(
                "connectors/feeds/x.yaml: feed 'a': 'subreddit' does not apply to rss-poll, which takes url, interval, user-agent");
        assertThat(error("feeds:\n  - {name: a, format: csv, url: 'https://a.example/f'}\n")).hasMessageStartingWith(
                "connectors/feeds/x.yaml: feed 'a': 'url' applies to a live feed only");
        assertThat(error("feeds:\n  - {name: a, connector: mastodon-stream, server: 'https://m.example', hashtags: [x], timeline: public}\n"))
                .hasMessageContaining("'timeline' cannot go with 'hashtags'");
        assertThat(error("feeds:\n  - {name: a, connector: mastodon-stream, server: 'https://m.example'}\n"))
                .hasMessage("connectors/feeds/x.yaml: feed 'a': 'hashtags' is required, or else 'timeline' (public or public:local)");
        assertThat(error("feeds:\n  - {name: a, connector: mastodon-stream, server: 'https://m.example', timeline: home}\n"))
                .hasMessageContaining("'timeline' 'home' is not a timeline; timelines are public and public:local");
        assertThat(error("feeds:\n  - {name: a, connector: mastodon-stream, server: 'https://m.example', hashtags: [x], access-token: abc123}\n"))
                .hasMessageStartingWith("connectors/feeds/x.yaml: feed 'a': 'access-token' is not accepted").hasMessageNotContaining("abc123");
        assertThat(error("feeds:\n  - {name: a, connector: mastodon-stream, server: 'https://m.example', hashtags: [x], access-token-env: 'abc 123'}\n"))
                .hasMessageContaining("is not an environment variable name");
        assertThat(error("feeds:\n  - {name: a, connector: reddit-poll, subreddit: 'no spaces'}\n")).hasMessageContaining("'subreddit'");
        assertThat(error("feeds:\n  - {connector: rss-poll, url: 'https://a.example/f'}\n")).hasMessage(
                "connectors/feeds/x.yaml: feeds[0]: 'name' is required");
        assertThat(error("feeds:\n  - {name: a, kind: blog}\n")).hasMessageContaining("'kind' 'blog' is not a kind; kinds are news and social");
        assertThat(error("feeds: []\n")).hasMessage("connectors/feeds/x.yaml: 'feeds' is empty; define at least one feed");
        assertThat(error("")).hasMessageContaining("is empty");
        assertThat(error("feedz: []\n")).hasMessageContaining("'feedz' is not a known field");
        assertThat(error("feeds:\n  - {name: a\n")).hasMessageStartingWith("connectors/feeds/x.yaml: is not valid YAML");
        assertThat(error("feeds:\n  - {name: a, name: b}\n")).hasMessageContaining("not valid YAML").hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void findingAFeedByName() {
        FeedDefinitions definitions = FeedDefinitions.parse("feeds:\n  - {name: a}\n  - {name: b, format: csv}\n", "f.yaml");
        assertThat(definitions.named("b").format()).isEqualTo(FeedFormat.CSV);
        assertThat(definitions.find("c")).isEmpty();
        assertThatThrownBy(() -> definitions.named("c")).hasMessage("no feed 'c' in f.yaml; its feeds are a, b");
        assertThat(definitions.feeds()).extracting(FeedDefinition::csvColumns).containsOnly(Map.of());
        assertThat(List.copyOf(definitions.feeds())).hasSize(2);
    }
}
