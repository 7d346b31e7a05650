package io.talentwatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Base URL handling: trailing slashes and a path prefix (a cluster behind a proxy). */
class FlinkRestClientUrlTest {

    private static final JobId JOB = new JobId("0123456789abcdef0123456789abcdef");

    @Test
    void trailingSlashesAreDropped() {
        FlinkRestClient flink = new FlinkRestClient("http://flink:8081//");

        assertThat(flink.baseUrl()).hasToString("http://flink:8081");
        assertThat(flink.endpoint("/jars/upload")).hasToString("http://flink:8081/jars/upload");
        assertThat(flink.webUiUrl(JOB)).hasToString("http://flink:8081/#/job/running/" + JOB + "/overview");
    }

    @Test
    void aPathPrefixIsKept() {
        FlinkRestClient flink = new FlinkRestClient(" https://gateway.example/flink/prod/ ");

        assertThat(flink.endpoint("/jobs/" + JOB)).hasToString("https://gateway.example/flink/prod/jobs/" + JOB);
        assertThat(flink.webUiUrl(JOB))
                .hasToString("https://gateway.example/flink/prod/#/job/running/" + JOB + "/overview");
    }

    @Test
    void malformedUrlsAreRejectedUpFront() {
        assertThatThrownBy(() -> new FlinkRestClient("localhost:8081"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localhost:8081");
        assertThatThrownBy(() -> new FlinkRestClient("http://"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlinkRestClient("http://flink:8081/?x=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query");
    }

    @Test
    void idsAreValidated() {
        assertThatThrownBy(() -> new JobId("xyz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JarId("../x.jar")).isInstanceOf(IllegalArgumentException.class);
    }
}
