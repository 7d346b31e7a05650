package io.talentwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import io.talentwatch.model.Sentiment;
import io.talentwatch.model.TalentFlow;
import io.talentwatch.model.SourceKind;
import io.talentwatch.model.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnricherTest {
    private static final JobDefinition JOB = JobDefinitionLoader.load(Path.of("jobs/talent-poaching.yaml"));
    private static final String SEED_TITLE = "ميتا تستقطب باحثي أوبن إيه آي";
    private static final String SEED_TEXT = "أوقفت أوبن إيه آي العمل في مكاتبها لمدة أسبوع كامل، في وقت تستقطب فيه ميتا"
            + " باحثيها بعروض تصل إلى 100 مليون دولار. وقال أحد مسؤوليها إن الشعور يشبه أن أحدهم اقتحم منزلنا وسرق شيئاً.";

    private final Enricher enricher = new Enricher(JOB);

    private static Document document(String title, String text, String language) {
        Instant at = Instant.parse("2025-07-01T10:00:00Z");
        return new Document("doc-1", SourceKind.NEWS, "example-news", "https://example.com/a", "reporter", title, text,
                language, at, at);
    }

    @Test
    void arabicSeedArticleEndToEnd() {
        Mention mention = enricher.enrich(document(SEED_TITLE, SEED_TEXT, null)).orElseThrow();

        assertThat(mention.document().language()).isEqualTo("ar");
        assertThat(mention.companies()).containsExactly("meta", "openai");
        assertThat(mention.onTopic(JOB.topic().minScore())).isTrue();
        assertThat(mention.sentiment().label()).isEqualTo(Sentiment.Label.NEGATIVE);
        assertThat(mention.flows()).extracting(TalentFlow::direction).containsExactly("meta<-openai");
    }

    @Test
    void englishSeedEndToEnd() {
        Mention mention = enricher.enrich(document(null, "Meta hired three researchers from OpenAI", "en")).orElseThrow();

        assertThat(mention.document().language()).isEqualTo("en");
        assertThat(mention.companies()).containsExactly("meta", "openai");
        assertThat(mention.topicTerms()).containsExactlyInAnyOrder("hired", "researchers");
        assertThat(mention.onTopic(JOB.topic().minScore())).isTrue();
    }

    @Test
    void theJobPathAndTheFullAnalysisAgree() {
        Document raw = document(SEED_TITLE, SEED_TEXT, "en");

        Enrichment analysis = enricher.analyze(raw);
        assertThat(analysis.document().language()).isEqualTo("ar");
        assertThat(analysis.mention()).isEqualTo(enricher.enrich(raw));
    }

    @Test
    void theFullAnalysisAlsoCoversDocumentsNamingNoCompany() {
        Enrichment analysis = enricher.analyze(document(null, "the talent war is heating up, and it is a disaster", "en"));
        assertThat(analysis.mention()).isEmpty();
        assertThat(analysis.match().topicTerms()).containsExactly("talent war");
        assertThat(analysis.sentiment().label()).isEqualTo(Sentiment.Label.NEGATIVE);
    }

    @Test
    void companySentimentReadsOnlyTheSentencesNamingTheCompany() {
        Mention mention = enricher.enrich(document(null,
                "Anthropic had a wonderful, successful year. Meanwhile xAI faces a crisis and angry staff.", "en"))
                .orElseThrow();
        assertThat(mention.sentimentAbout("anthropic").label()).isEqualTo(Sentiment.Label.POSITIVE);
        assertThat(mention.sentimentAbout("xai").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    }

    @Test
    void noWatchedCompanyNoMention() {
        assertThat(enricher.enrich(document("Baking notes", "a meta-analysis of apple pie recipes", "en"))).isEmpty();
        assertThat(enricher.enrich(document(null, "the talent war is heating up", "en"))).isEmpty();
    }

    @Test
    void aCompanyInTheTitleOnlyCounts() {
        assertThat(enricher.enrich(document("Anthropic expands its London office", "Details inside.", "en")))
                .hasValueSatisfying(m -> assertThat(m.companies()).containsExactly("anthropic"));
    }

    @Test
    void spansAreAvailableForHighlighting() {
        Document doc = document(null, "Meta hired three researchers from OpenAI", "en");
        assertThat(enricher.matchWatchList(doc).spans()).extracting(Span::kind)
                .containsExactly(Span.Kind.COMPANY, Span.Kind.TOPIC, Span.Kind.TOPIC, Span.Kind.COMPANY);
    }

    @Test
    void serializableLikeAFlinkFunctionField() throws Exception {
        enricher.enrich(document(null, "OpenAI", "en"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(enricher);
        }
        Enricher copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Enricher) in.readObject();
        }
        assertThat(copy.enrich(document(SEED_TITLE, SEED_TEXT, null))).isEqualTo(enricher.enrich(document(SEED_TITLE, SEED_TEXT, null)));
    }
}
