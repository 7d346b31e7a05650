package io.talentwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.model.Document;
import io.talentwatch.model.SourceKind;
import io.talentwatch.text.Token;
import io.talentwatch.text.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The job's vocabulary lets each scan skip the words its dictionary does not hold. It must change nothing but
 * speed: every labelled evaluation item and every item of the demo's sample feed reads the same
 * with it as when every word is looked up in every dictionary.
 */
class EnricherVocabularyTest {
    private static final JobDefinition JOB = JobDefinitionLoader.load(Path.of("jobs/talent-poaching.yaml"));
    private static final List<Path> CORPORA = List.of(Path.of("src/test/resources/eval/en.jsonl"),
            Path.of("src/test/resources/eval/ar.jsonl"), Path.of("src/main/resources/samples/talent-poaching-sample.jsonl"));

    @Test
    void theVocabularyChangesNoEnrichment() throws IOException {
        Enricher withVocabulary = new Enricher(JOB);
        Enricher everyWordLookedUp = Enricher.withoutVocabulary(JOB);
        List<Document> documents = documents();
        assertThat(documents).hasSizeGreaterThan(900);

        for (Document document : documents) {
            assertThat(withVocabulary.analyze(document)).as(document.id()).isEqualTo(everyWordLookedUp.analyze(document));
        }
    }

    @Test
    void mostWordsAreRuledOutWithoutALookup() throws IOException {
        Enricher enricher = new Enricher(JOB);
        int words = 0;
        int unknown = 0;
        for (Document document : documents()) {
            for (Token token : enricher.tokens(document.fullText())) {
                words++;
                unknown += token.parts() == 0 ? 1 : 0;
            }
        }
        // Otherwise the test above compares the slow path with itself.
        assertThat((double) unknown / words).isGreaterThan(0.5);
        assertThat(Enricher.withoutVocabulary(JOB).tokens("Meta hired them"))
                .allMatch(token -> Arrays.stream(Vocabulary.Part.values()).allMatch(token::in));
    }

    private static List<Document> documents() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Instant at = Instant.parse("2025-07-01T10:00:00Z");
        List<Document> documents = new ArrayList<>();
        for (Path corpus : CORPORA) {
            for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = json.readTree(line);
                documents.add(new Document(item.get("id").asText(), SourceKind.NEWS, "test", null, null,
                        text(item, "title"), text(item, "text"), text(item, "lang"), at, at));
            }
        }
        return documents;
    }

    private static String text(JsonNode item, String field) {
        return item.hasNonNull(field) ? item.get(field).asText() : null;
    }
}
