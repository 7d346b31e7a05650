package io.talentwatch.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.talentwatch.job.JobArguments;
import org.junit.jupiter.api.Test;

/** elasticsearch.username and password-file in a job definition; a password itself is refused. */
class ElasticsearchLoginSettingsTest {
    private static final String MINIMAL = """
            name: t
            companies: [{id: openai, name: OpenAI}]
            topic: {id: x, terms: {en: {poach: 3}}}
            """;
    private static final String PASSWORD = "never-in-yaml-42";

    @Test
    void readsTheUserAndThePasswordFile() {
        JobDefinition job = JobDefinitionLoader.parse(MINIMAL
                + "elasticsearch: {username: talentwatch_writer, password-file: /run/secrets/es_password}\n", "x.yaml");

        assertThat(job.elasticsearch().username()).isEqualTo("talentwatch_writer");
        assertThat(job.elasticsearch().passwordFile()).isEqualTo("/run/secrets/es_password");
    }

    @Test
    void aPasswordInTheDefinitionIsRefusedPointingToTheEnvironmentWithoutRepeatingIt() {
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "elasticsearch: {password: " + PASSWORD + "}\n", "x.yaml"))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessageStartingWith("x.yaml:4: 'elasticsearch.password' is not accepted")
                .hasMessageContaining("TALENTWATCH_ES_PASSWORD")
                .hasMessageContaining("elasticsearch.password-file")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void badUserOrFileNamesTheKey() {
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "elasticsearch: {username: 'a:b'}\n", "x.yaml"))
                .hasMessageContaining("'elasticsearch.username' must be a non-empty user name without ':'");
        assertThatThrownBy(() -> JobDefinitionLoader.parse(MINIMAL + "elasticsearch: {password-file: ' '}\n", "x.yaml"))
                .hasMessageContaining("'elasticsearch.password-file'");
    }

    @Test
    void jobArgumentsOverrideUserAndFileAndHaveNoPasswordOption() {
        JobArguments args = JobArguments.parse("--definition-yaml", MINIMAL, "--es-user", "w", "--es-password-file", "/f");

        assertThat(args.definition().elasticsearch().username()).isEqualTo("w");
        assertThat(args.definition().elasticsearch().passwordFile()).isEqualTo("/f");
        assertThatThrownBy(() -> JobArguments.parse("--definition-yaml", MINIMAL, "--es-password", PASSWORD))
                .hasMessageContaining("unknown option '--es-password'").hasMessageNotContaining(PASSWORD);
    }
}
