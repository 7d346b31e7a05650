package io.talentwatch.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobDefinitionLoaderTest {
    private static final String MINIMAL = """
            name: t
            companies: [{id: openai, name: OpenAI}]
            topic: {id: x, terms: {en: {poach: 3}}}
            """;

    @Test
    void readsTheShippedDefinition() {
        JobDefinition job = JobDefinitionLoader.load(Path.of("jobs/talent-poaching.yaml"));

        assertThat(job.name()).isEqualTo("talent-poaching");
        assertThat(job.companies()).extracting(Company::id)
                .contains("openai", "meta", "google-deepmind", "anthropic", "microsoft", "apple", "xai");
        assertThat(job.companies().get(0).aliases().get("ar")).contains("أوبن إيه آي");
        assertThat(job.topic().terms()).containsKeys("en", "ar");
        assertThat(job.windows().size()).isEqualTo(Duration.ofHours(1));
        assertThat(job.windows().slide()).isEqualTo(Duration.ofMinutes(15));
        assertThat(job.kafka().topics().deadLetter()).isEqualTo("feeds.dlq");
        assertThat(job.kafka().startFrom()).isEqualTo(KafkaSettings.StartFrom.EARLIEST);
        assertThat(job.elasticsearch().mentionsAlias()).isEqualTo("talentwatch-mentions");
        assertThat(ElasticsearchSettings.monthlyIndex(job.elasticsearch().spikesAlias(), Instant.parse("2025-06-30T23:59:59Z")))
                .isEqualTo("talentwatch-spikes-2025.06");
        assertThat(job.consumerGroup()).isEqualTo("talentwatch-talent-poaching");
        // The shipped file spells out the defaults, so it reads as documentation of them.
        assertThat(job.spikes()).isEqualTo(SpikeSettings.defaults());
    }

    @Test
    void fillsDefaultsForOmittedSections() {
        JobDefinition job = JobDefinitionLoader.parse(MINIMAL, "min.yaml");

        assertThat(job.spikes().significance()).isEqualTo(1e-5);
        assertThat(job.spikes()).isEqualTo(new SpikeSettings(48, 16, 5, 0.5, 1e-5, 12, true, true, 4, Duration.ofDays(7)));
        assertThat(job.eventTime().maxOutOfOrderness()).isEqualTo(Duration.ofMinutes(10));
        assertThat(job.kafka().topics().news()).isEqualTo("feeds.news");
    }

    @Test
    void unknownKeyNamesTheKeyTheFileAndTheLine() {
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "windows: {size: 1h, sizee: 2h}\n", "jobs/x.yaml"))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessageStartingWith("jobs/x.yaml:4: 'windows.sizee' is not a known key")
                .hasMessageContaining("allowed-lateness, size, slide");
    }

    @Test
    void badDurationNamesTheKey() {
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "windows: {size: a fortnight}\n", "x.yaml"))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessageContaining("'windows.size' has a bad value")
                .hasMessageContaining("write it like 30s");
    }

    @Test
    void ruleBrokenInsideASectionNamesTheFullKey() {
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "windows: {size: 15m, slide: 1h}\n", "x.yaml"))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessageContaining("'windows.slide' must not exceed size");
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "spikes: {significance: 2}\n", "x.yaml"))
                .hasMessageContaining("'spikes.significance' must be between 0 and 1");
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "spikes: {new-normal-after: 1}\n", "x.yaml"))
                .hasMessageContaining("'spikes.new-normal-after' must be at least 2");
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "spikes: {min-expected: 0}\n", "x.yaml"))
                .hasMessageContaining("'spikes.min-expected' must be above 0");
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "spikes: {baseline-windows: 96}\n", "x.yaml"))
                .hasMessageContaining("'spikes.baseline-windows' is not a known key");
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "elasticsearch: {hosts: [localhost:9200]}\n", "x.yaml"))
                .hasMessageContaining("'elasticsearch.hosts'");
    }

    @Test
    void personLinkedToAnUnknownCompanyIsNamedByIndex() {
        String yaml = MINIMAL + "people: [{name: Sam Altman, company: openai}, {name: X, company: nope}]\n";
        assertThatThrownBy(() -> JobDefinitionLoader.parse(yaml, "x.yaml"))
                .hasMessageContaining("'people[1].company' 'nope' is not a company id");
    }

    @Test
    void badLanguageKeyAndWrongTypeAreReported() {
        String badLanguage = "name: t\ncompanies: [{id: openai, name: OpenAI, aliases: {english: [Open AI]}}]\n"
                + "topic: {id: x, terms: {en: {poach: 3}}}\n";
        assertThatThrownBy(() -> JobDefinitionLoader.parse(badLanguage, "x.yaml"))
                .hasMessageContaining("'companies[0].aliases' language keys are two-letter");
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "spikes: {min-count: lots}\n", "x.yaml"))
                .hasMessageContaining("'spikes.min-count' has a bad value");
    }

    @Test
    void missingFileAndBrokenYamlAreReported() {
        assertThatThrownBy(() -> JobDefinitionLoader.load(Path.of("jobs/nope.yaml")))
                .hasMessage("jobs/nope.yaml: no such file");
        assertThatThrownBy(() -> JobDefinitionLoader.parse("name: \"unterminated\ncompanies: {\n", "x.yaml"))
                .hasMessageContaining("x.yaml").hasMessageContaining("is not valid YAML");
        assertThatThrownBy(() -> JobDefinitionLoader.parse("name: t\nname: u\n" + MINIMAL.substring(8), "x.yaml"))
                .hasMessageContaining("x.yaml");
    }
}
