package io.talentwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.definition.JobDefinitionLoader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichLinesTest {
    private final EnrichLines enrich = new EnrichLines(JobDefinitionLoader.load(Path.of("jobs/talent-poaching.yaml")));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private long run(String input) throws Exception {
        return enrich.run(new BufferedReader(new StringReader(input)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> output() throws Exception {
        ObjectMapper json = new ObjectMapper();
        return out.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
    }

    @Test
    void writesOneAnalysisPerDocumentWithEverythingAnAnalystChecks() throws Exception {
        long rejected = run("""
                {"id":"a","title":"Talent war","text":"Meta hired three researchers from OpenAI. Staff are furious."}
                {"text":"ميتا تستقطب باحثين من OpenAI","lang":"en"}
                {"id":"c","text":"The weather is lovely today"}
                """);

        assertThat(rejected).isZero();
        List<JsonNode> lines = output();
        assertThat(lines).hasSize(3);
        JsonNode a = lines.get(0);
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("lang").asText()).isEqualTo("en");
        assertThat(a.get("companies")).extracting(JsonNode::asText).containsExactly("meta", "openai");
        assertThat(a.get("on_topic").asBoolean()).isTrue();
        assertThat(a.get("topic_terms")).extracting(JsonNode::asText).contains("talent war", "hired");
        JsonNode firstSpan = a.get("spans").get(0);
        assertThat(firstSpan.get("text").asText()).isEqualTo("Talent war"); // offsets into title + "\n" + text
        assertThat(a.get("flows").get(0).get("direction").asText()).isEqualTo("meta<-openai");
        assertThat(a.get("flows").get(0).get("people").asInt()).isEqualTo(3);
        assertThat(a.get("sentiment_label").asText()).isEqualTo("negative");
        assertThat(a.get("company_sentiment")).hasSize(2);

        assertThat(lines.get(1).get("id").asText()).isEqualTo("line-2");
        assertThat(lines.get(1).get("lang").asText()).as("the lang field is only a hint").isEqualTo("ar");
        assertThat(lines.get(2).get("companies")).isEmpty();
        assertThat(lines.get(2).get("sentiment_label").asText()).isEqualTo("positive");
    }

    @Test
    void badLinesAreNamedByNumberAndTheRestStillRuns() throws Exception {
        long rejected = run("""
                not json
                {"id":"x"}
                {"text":42}

                ["text"]
                {"text":"Anthropic hired two engineers from Google"}
                """);

        assertThat(rejected).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("line 1: not valid JSON"),
                line -> assertThat(line).isEqualTo("line 2: 'text' is required and must be a non-empty string"),
                line -> assertThat(line).isEqualTo("line 3: 'text' must be a string, got number"),
                line -> assertThat(line).isEqualTo("line 5: expected a JSON object"));
        assertThat(output()).singleElement().satisfies(line ->
                assertThat(line.get("flows").get(0).get("direction").asText()).isEqualTo("anthropic<-google-deepmind"));
    }
}
