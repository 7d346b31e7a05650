package io.talentwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPathsTest {

    @Test
    void defaultsAreTheMavenLayoutUnderTheHome(@TempDir Path home) throws Exception {
        Path es = Files.createDirectories(home.resolve("target/elasticsearch/elasticsearch-" + LocalPaths.ES_VERSION + "/bin"));
        Files.createFile(es.resolve("elasticsearch"));
        Path plugin = Files.createDirectories(home.resolve("target/es-plugin/talentwatch-analysis"));
        Files.createFile(plugin.resolve("plugin-descriptor.properties"));
        Function<String, String> props = Map.of(LocalPaths.HOME_PROPERTY, home.toString())::get;

        assertThat(LocalPaths.elasticsearchHome(props)).isEqualTo(es.getParent());
        assertThat(LocalPaths.analysisPlugin(props)).isEqualTo(plugin);
    }

    @Test
    void anySingleUnpackedVersionIsAccepted(@TempDir Path home) throws Exception {
        Path es = Files.createDirectories(home.resolve("target/elasticsearch/elasticsearch-9.9.9/bin"));
        Files.createFile(es.resolve("elasticsearch"));
        Function<String, String> props = Map.of(LocalPaths.HOME_PROPERTY, home.toString())::get;

        assertThat(LocalPaths.elasticsearchHome(props)).isEqualTo(es.getParent());
    }

    @Test
    void explicitPropertiesWin(@TempDir Path dir) throws Exception {
        Path es = Files.createDirectories(dir.resolve("es/bin"));
        Files.createFile(es.resolve("elasticsearch"));
        Function<String, String> props = Map.of(
                LocalPaths.HOME_PROPERTY, dir.resolve("elsewhere").toString(),
                LocalPaths.ES_HOME_PROPERTY, es.getParent().toString())::get;

        assertThat(LocalPaths.elasticsearchHome(props)).isEqualTo(es.getParent());
    }

    @Test
    void missingBuildOutputSaysToRunMaven(@TempDir Path home) {
        Function<String, String> props = Map.of(LocalPaths.HOME_PROPERTY, home.toString())::get;

        assertThatThrownBy(() -> LocalPaths.elasticsearchHome(props))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mvn package")
                .hasMessageContaining(home.toString());
        assertThatThrownBy(() -> LocalPaths.analysisPlugin(props))
                .hasMessageContaining("mvn package");
    }

    @Test
    void withoutHomePropertyTheWorkingDirectoryIsTheHome() {
        Function<String, String> props = Map.of("user.dir", "/some/repo")::get;

        assertThat(LocalPaths.home(props)).isEqualTo(Path.of("/some/repo"));
    }
}
