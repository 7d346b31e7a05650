package io.talentwatch.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchLoginTest {
    private static final String PASSWORD = "s3cret-Pa55";

    @TempDir
    Path dir;

    @Test
    void noPasswordAnywhereMeansAnOpenCluster() {
        assertThat(ElasticsearchLogin.resolve(null, null, Map.of())).isEmpty();
    }

    @Test
    void aPasswordAloneLogsInAsElastic() {
        Credentials login = ElasticsearchLogin.resolve(null, null, Map.of("TALENTWATCH_ES_PASSWORD", PASSWORD)).orElseThrow();

        assertThat(login.username()).isEqualTo("elastic");
        assertThat(login.password().reveal()).isEqualTo(PASSWORD);
    }

    @Test
    void theConfiguredUserWinsOverTheEnvironmentsAndTheEnvironmentsOverTheDefault() {
        Map<String, String> env = Map.of("TALENTWATCH_ES_PASSWORD", PASSWORD, "TALENTWATCH_ES_USERNAME", "from-env");

        assertThat(ElasticsearchLogin.resolve("from-option", null, env).orElseThrow().username()).isEqualTo("from-option");
        assertThat(ElasticsearchLogin.resolve(null, null, env).orElseThrow().username()).isEqualTo("from-env");
    }

    @Test
    void aPasswordFileLosesOnlyItsFinalLineBreak() throws Exception {
        Path file = Files.writeString(dir.resolve("es_password"), " " + PASSWORD + " \n");

        Credentials fromEnv = ElasticsearchLogin.resolve("writer", null, Map.of("TALENTWATCH_ES_PASSWORD_FILE", file.toString())).orElseThrow();
        Credentials fromDefinition = ElasticsearchLogin.resolve("writer", file.toString(), Map.of()).orElseThrow();

        assertThat(fromEnv.password().reveal()).isEqualTo(" " + PASSWORD + " ");
        assertThat(fromDefinition).isEqualTo(fromEnv);
    }

    @Test
    void aPasswordGivenTwiceIsRefusedNamingBothPlaces() throws Exception {
        Path file = Files.writeString(dir.resolve("es_password"), PASSWORD);

        assertThatThrownBy(() -> ElasticsearchLogin.resolve(null, file.toString(), Map.of("TALENTWATCH_ES_PASSWORD", PASSWORD)))
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("TALENTWATCH_ES_PASSWORD, elasticsearch.password-file")
                .hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(() -> ElasticsearchLogin.resolve(null, null,
                Map.of("TALENTWATCH_ES_PASSWORD", PASSWORD, "TALENTWATCH_ES_PASSWORD_FILE", file.toString())))
                .hasMessageContaining("given 2 times");
    }

    @Test
    void aUserWithoutAPasswordStopsAtOnceSayingWhereThePasswordGoes() {
        assertThatThrownBy(() -> ElasticsearchLogin.resolve("writer", null, Map.of()))
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("'writer'").hasMessageContaining("TALENTWATCH_ES_PASSWORD_FILE");
    }

    @Test
    void aMissingOrEmptyPasswordFileIsNamed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");

        assertThatThrownBy(() -> ElasticsearchLogin.resolve(null, dir.resolve("nope").toString(), Map.of()))
                .isInstanceOf(CredentialsException.class).hasMessageContaining("nope").hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ElasticsearchLogin.resolve(null, null, Map.of("TALENTWATCH_ES_PASSWORD_FILE", empty.toString())))
                .hasMessageContaining("is empty").hasMessageContaining("TALENTWATCH_ES_PASSWORD_FILE");
    }

    @Test
    void thePasswordShowsInNoToStringOnlyInTheBasicHeader() {
        Credentials login = new Credentials("writer", Secret.of(PASSWORD));

        assertThat(login.toString()).doesNotContain(PASSWORD).contains("writer", "******");
        assertThat(String.valueOf(Optional.of(login))).doesNotContain(PASSWORD);
        assertThat(Secret.of(PASSWORD).toString()).isEqualTo("******");
        assertThat(login.authorizationHeader()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString(("writer:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}
