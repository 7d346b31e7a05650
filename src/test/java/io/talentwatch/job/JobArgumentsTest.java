package io.talentwatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {
    @Test
    void inlineDefinitionWithDeploymentOverrides() throws Exception {
        String yaml = Files.readString(Path.of("jobs/talent-poaching.yaml"));
        JobArguments args = JobArguments.parse("--definition-yaml", yaml, "--definition-name", "talent-poaching.yaml",
                "--kafka", "broker:29092", "--es", "http://es1:9200,http://es2:9200", "--from-timestamp", "1750000000000");

        assertThat(args.definition().kafka().bootstrapServers()).isEqualTo("broker:29092");
        assertThat(args.definition().elasticsearch().hosts()).containsExactly("http://es1:9200", "http://es2:9200");
        assertThat(args.fromTimestamp()).isEqualTo(1750000000000L);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> JobArguments.parse("--definition", "jobs/talent-poaching.yaml", "--paralelism", "2"))
                .hasMessageContaining("unknown option '--paralelism'");
        assertThatThrownBy(() -> JobArguments.parse("--definition")).hasMessageContaining("'--definition' needs a value");
        assertThatThrownBy(() -> JobArguments.parse("--kafka", "x:1")).hasMessageContaining("--definition FILE");
        assertThatThrownBy(() -> JobArguments.parse("--definition", "jobs/talent-poaching.yaml", "--from-timestamp", "soon"))
                .hasMessageContaining("'--from-timestamp' needs epoch milliseconds");
        assertThatThrownBy(() -> JobArguments.parse("--definition-yaml",
                "name: x\ncompanies: [{id: a, name: A}]\ntopic: {id: t, terms: {en: {hire: 1}}}\nwindowz: {}\n",
                "--definition-name", "w.yaml"))
                .hasMessageStartingWith("w.yaml:").hasMessageContaining("'windowz' is not a known key");
    }
}
