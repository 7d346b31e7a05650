package io.talentwatch.sink.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The validator against the real templates of connectors/elasticsearch, as packaged on the classpath. */
class DocumentValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentValidator VALIDATOR = DocumentValidator.bundled("tw");
    private static final String MENTIONS = "tw-mentions-2025.06";

    private static ObjectNode mention() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"id":"m1","job":"j","kind":"news","source":"Reuters","url":"https://x/1","author":null,
                     "title":"Meta hires","text":"Meta hires OpenAI researchers","lang":"en",
                     "published":"2025-06-28T07:15:00Z","ingested":"2025-06-28T07:16:00.123Z",
                     "companies":["meta","openai"],"people":[],"topic_score":2.5,"on_topic":true,"topic_terms":["hire"],
                     "spans":[{"kind":"company","id":"meta","start":0,"end":4,"text":"Meta"}],
                     "flows":[{"acquirer":"meta","source":"openai","direction":"meta<-openai","people":3,"money_usd":100000000,"evidence":"hires"}],
                     "sentiment":0.1,"sentiment_label":"neutral",
                     "company_sentiment":[{"company":"meta","score":0.1,"label":"neutral"}]}
                    """);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> check(String index, JsonNode doc) {
        return VALIDATOR.problem(index, doc.path("id").asText(), doc, doc.toString().length());
    }

    @Test
    void aWellFormedMentionPasses() {
        assertThat(check(MENTIONS, mention())).isEmpty();
    }

    @Test
    void aKeywordOverLucenesTermLimitIsNamedUnlessIgnoreAboveCoversIt() {
        String huge = "s".repeat(40_000);
        assertThat(check(MENTIONS, mention().put("source", huge))).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("field 'source': a keyword of 40000 UTF-8 bytes is over Lucene's 32766-byte term limit"));
        // url has ignore_above 2048: Elasticsearch keeps it unindexed, no failure.
        assertThat(check(MENTIONS, mention().put("url", huge))).isEmpty();
        // 11,000 Arabic letters are 22,000 bytes...; 17,000 are 34,000: over, although fewer than 32,766 characters.
        assertThat(check(MENTIONS, mention().put("source", "ع".repeat(17_000)))).isPresent();
        assertThat(check(MENTIONS, mention().put("source", "ع".repeat(11_000)))).isEmpty();
    }

    @Test
    void aKeywordSubFieldOfTextIsCheckedToo() {
        // title.keyword has ignore_above 512, so a long title is fine; the check follows the mapping.
        assertThat(check(MENTIONS, mention().put("title", "t".repeat(40_000)))).isEmpty();
    }

    @Test
    void anUnknownFieldIsRefusedByTheStrictMapping() {
        assertThat(check(MENTIONS, mention().put("sourcee", "x"))).contains("field 'sourcee' is not in the strict mapping");
        ObjectNode doc = mention();
        ((ObjectNode) doc.withArray("spans").get(0)).put("score", 1);
        assertThat(check(MENTIONS, doc)).contains("field 'spans.score' is not in the strict mapping");
    }

    @Test
    void valuesMustFitTheirTypes() {
        ObjectNode doc = mention();
        ((ObjectNode) doc.withArray("spans").get(0)).put("start", 3_000_000_000L);
        assertThat(check(MENTIONS, doc)).contains("field 'spans.start': 3000000000 is out of the integer range");
        assertThat(check(MENTIONS, mention().put("sentiment", Double.NaN))).hasValueSatisfying(r -> assertThat(r)
                .startsWith("field 'sentiment': NaN is not a finite float"));
        assertThat(check(MENTIONS, mention().put("topic_score", 1e300))).isPresent();
        assertThat(check(MENTIONS, mention().put("on_topic", "yes"))).hasValueSatisfying(r -> assertThat(r)
                .startsWith("field 'on_topic': expected true or false"));
        assertThat(check(MENTIONS, mention().put("companies", 3))).hasValueSatisfying(r -> assertThat(r)
                .startsWith("field 'companies': expected a string"));
        assertThat(check(MENTIONS, mention().set("spans", JSON.createArrayNode().add("x")))).hasValueSatisfying(r -> assertThat(r)
                .startsWith("field 'spans' is an object in the mapping"));
        assertThat(check(MENTIONS, mention().set("lang", JSON.createObjectNode()))).contains("field 'lang' is a keyword, got an object");
    }

    @Test
    void datesMustBeIsoWithAFourDigitYear() {
        assertThat(check(MENTIONS, mention().put("published", "+10000-01-01T00:00:00Z"))).hasValueSatisfying(r -> assertThat(r)
                .isEqualTo("field 'published': '+10000-01-01T00:00:00Z' has a year outside 0000-9999"));
        assertThat(check(MENTIONS, mention().put("ingested", "yesterday"))).hasValueSatisfying(r -> assertThat(r)
                .isEqualTo("field 'ingested': 'yesterday' is not an ISO-8601 time"));
    }

    @Test
    void theIndexNameMustBeValidAndCoveredByATemplate() {
        assertThat(check("tw-mentions-+10000.01", mention().put("published", "2025-01-01T00:00:00Z"))).isEmpty();
        assertThat(check("tw-mentions-2025 06", mention())).contains("index name 'tw-mentions-2025 06' contains ' '");
        assertThat(check("Tw-mentions-2025.06", mention())).hasValueSatisfying(r -> assertThat(r).contains("upper-case"));
        assertThat(check("tw-other", mention())).hasValueSatisfying(r -> assertThat(r).contains("matches no TalentWatch index template"));
    }

    @Test
    void idAndSizeAreBounded() {
        ObjectNode doc = mention();
        assertThat(VALIDATOR.problem(MENTIONS, "i".repeat(513), doc, 10)).hasValueSatisfying(r -> assertThat(r).contains("id"));
        assertThat(VALIDATOR.problem(MENTIONS, "m1", doc, DocumentValidator.MAX_DOCUMENT_BYTES + 1))
                .hasValueSatisfying(r -> assertThat(r).contains("over the limit"));
    }

    @Test
    void windowAndSpikeTemplatesAreReadToo() throws IOException {
        JsonNode window = JSON.readTree("""
                {"id":"company:meta@1","job":"j","series":"company:meta","kind":"company","company":"meta","topic":null,
                 "flow":null,"flow_source":null,"window_start":"2025-06-28T06:00:00Z","window_end":"2025-06-28T07:00:00Z",
                 "mentions":12,"on_topic_mentions":3,"mean_sentiment":0.2}""");
        String windowsIndex = IndexTemplate.bundled("tw").stream().filter(t -> t.name().equals("tw-windows"))
                .findFirst().orElseThrow().indexPatterns().get(0).replace("*", "2025.06");
        assertThat(check(windowsIndex, window)).isEmpty();
        assertThat(check(windowsIndex, ((ObjectNode) window.deepCopy()).put("mentions", 1.5))).isPresent();
    }

    @Test
    void theBundledListIsEveryTemplateSetupInstalls() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("connectors/elasticsearch"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.replace(".json", "")).sorted().toList()).isEqualTo(IndexTemplate.BUNDLED);
        }
    }
}
