package io.talentwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.feed.DocumentNormalizer;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.model.Document;
import io.talentwatch.model.SourceKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it claims to: realistic, stable inputs, and the job's own path over them. */
class BenchmarkInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EnrichmentChain CHAIN = EnrichmentChain.of(Path.of("jobs/talent-poaching.yaml"));

    @Test
    void corporaAreTheSameOnEveryRun() {
        assertThat(Corpus.shortPosts(300)).zipSatisfy(Corpus.shortPosts(300), (a, b) -> assertThat(a).isEqualTo(b));
        assertThat(Corpus.articles(20)).zipSatisfy(Corpus.articles(20), (a, b) -> assertThat(a).isEqualTo(b));
    }

    @Test
    void shortPostsAreShortMixedAndMostlyAboutWatchedCompanies() throws Exception {
        List<byte[]> posts = Corpus.shortPosts(1000);
        int arabic = 0;
        int mentions = 0;
        int onTopic = 0;
        for (byte[] raw : posts) {
            Document document = document(raw);
            assertThat(Corpus.words(document.fullText())).isBetween(ShortPosts.MIN_WORDS, ShortPosts.MAX_WORDS);
            if ("ar".equals(CHAIN.enricher().detectLanguage(document).language())) {
                arabic++;
            }
            byte[] mention = CHAIN.process(raw);
            if (mention != null) {
                mentions++;
                onTopic += JSON.readTree(mention).get("topic_score").asDouble() >= 2 ? 1 : 0;
            }
        }
        assertThat(arabic).isBetween(350, 450);
        assertThat(mentions).isBetween(600, 800);
        assertThat(onTopic).isBetween(150, 350);
    }

    @Test
    void articlesAreAboutFiveHundredWordsNamingSeveralCompanies() throws Exception {
        for (byte[] raw : Corpus.articles(40)) {
            Document document = document(raw);
            assertThat(Corpus.words(document.text())).isBetween(Articles.MIN_WORDS, Articles.MAX_WORDS);
            JsonNode mention = JSON.readTree(CHAIN.process(raw));
            assertThat(mention.get("companies").size()).as(document.title()).isGreaterThanOrEqualTo(2);
            assertThat(mention.get("people").size()).as(document.title()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void theChainWritesTheSinksMentionAndTheBaselineTheItemBack() throws Exception {
        byte[] raw = Corpus.articles(1).get(0);
        JsonNode mention = JSON.readTree(CHAIN.process(raw));
        assertThat(mention.get("job").asText()).isEqualTo("talent-poaching");
        assertThat(mention.get("lang").asText()).isIn("en", "ar");
        assertThat(mention.has("sentiment")).isTrue();

        FeedItem item = FeedItemParser.parse(raw);
        assertThat(FeedItemParser.parse(EnrichmentChain.passThrough(raw))).isEqualTo(item);
    }

    private static Document document(byte[] raw) throws Exception {
        return DocumentNormalizer.normalize(FeedItemParser.parse(raw), SourceKind.NEWS, Instant.EPOCH);
    }
}
