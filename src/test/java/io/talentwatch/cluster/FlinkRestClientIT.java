package io.talentwatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.cluster.testjob.FailingJob;
import io.talentwatch.cluster.testjob.RunUntilCancelledJob;
import io.talentwatch.testing.LocalFlinkCluster;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FlinkRestClient against a real standalone session cluster, submitting a real jar. */
class FlinkRestClientIT {

    private static final String JOB_CLASS = RunUntilCancelledJob.class.getName();
    private static final Duration STATE_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tempDir;

    private static LocalFlinkCluster cluster;
    private static Path jobJar;

    @BeforeAll
    static void startClusterAndBuildJar() throws IOException {
        cluster = LocalFlinkCluster.start();
        jobJar = TestJobJar.build(tempDir, "test-jobs.jar", RunUntilCancelledJob.class, FailingJob.class);
    }

    @AfterAll
    static void stopClusterAndCheckNothingIsLeft() {
        if (cluster == null) {
            return;
        }
        List<ProcessHandle> processes = cluster.processes();
        cluster.close();
        cluster.close(); // idempotent
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void clusterIsTheVersionWeBuildAgainstWithOneTaskManager() {
        ClusterOverview overview = cluster.client().clusterOverview();

        assertThat(overview.flinkVersion()).isEqualTo("1.20.5");
        assertThat(overview.taskManagers()).isEqualTo(1);
        assertThat(overview.slotsTotal()).isEqualTo(2);
        assertThat(cluster.client().taskManagers()).singleElement()
                .satisfies(tm -> assertThat(tm.slots()).isEqualTo(2));
    }

    @Test
    void jobJarHoldsOnlyTheTestJobs() throws IOException {
        // The cluster must get the job from this jar, not from our classpath: keep the jar honest.
        try (JarFile jar = new JarFile(jobJar.toFile())) {
            assertThat(jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class")))
                    .containsExactlyInAnyOrder(
                            "io/talentwatch/cluster/testjob/RunUntilCancelledJob.class",
                            "io/talentwatch/cluster/testjob/RunUntilCancelledJob$Throttle.class",
                            "io/talentwatch/cluster/testjob/FailingJob.class",
                            "io/talentwatch/cluster/testjob/FailingJob$Fail.class");
        }
    }

    @Test
    void uploadsRunsWatchesAndCancelsAJob() throws Exception {
        // A trailing slash on the base URL must not matter.
        FlinkRestClient flink = new FlinkRestClient(cluster.restUrl() + "/");
        String marker = "it-" + UUID.randomUUID().toString().substring(0, 8);

        JarId jarId = flink.uploadJar(jobJar);
        assertThat(jarId.value()).endsWith("_test-jobs.jar");

        JobId jobId = flink.run(jarId, JOB_CLASS, List.of(RunUntilCancelledJob.MARKER_FLAG, marker), 1);
        assertThat(flink.waitForState(jobId, Set.of(JobState.RUNNING), STATE_TIMEOUT)).isEqualTo(JobState.RUNNING);

        JobOverview job = flink.job(jobId);
        assertThat(job.name()).isEqualTo(RunUntilCancelledJob.JOB_NAME_PREFIX + marker);
        assertThat(job.state()).isEqualTo(JobState.RUNNING);
        assertThat(job.startTime()).isPresent();
        assertThat(flink.jobState(jobId)).isEqualTo(JobState.RUNNING);
        // The tasks really run on the TaskManager, i.e. it loaded the job's classes from the jar.
        awaitAllVerticesRunning(jobId);
        assertThat(rawJob(jobId).path("vertices")).allSatisfy(vertex ->
                assertThat(vertex.path("parallelism").asInt()).isEqualTo(1));

        URI webUi = flink.webUiUrl(jobId);
        assertThat(webUi).hasToString(cluster.restUrl() + "/#/job/running/" + jobId + "/overview");
        assertThat(get(cluster.restUrl() + "/").body()).contains("<flink-root");

        flink.cancel(jobId);
        assertThat(flink.waitForState(jobId, Set.of(JobState.CANCELED), STATE_TIMEOUT)).isEqualTo(JobState.CANCELED);
        assertThat(flink.jobState(jobId)).isEqualTo(JobState.CANCELED);

        // Waiting for a state a finished job can never reach fails at once, not at the timeout.
        long before = System.nanoTime();
        assertThatThrownBy(() -> flink.waitForState(jobId, Set.of(JobState.RUNNING), STATE_TIMEOUT))
                .isInstanceOf(JobStateException.class)
                .hasMessageContaining("ended CANCELED");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));

        flink.deleteJar(jarId);
        assertThatThrownBy(() -> flink.run(jarId, JOB_CLASS, List.of(RunUntilCancelledJob.MARKER_FLAG, marker), 1))
                .isInstanceOf(FlinkRestException.class);
    }

    @Test
    void missingEntryClassIsReportedWithTheClassName() {
        FlinkRestClient flink = cluster.client();
        JarId jarId = flink.uploadJar(jobJar);

        assertThatThrownBy(() -> flink.run(jarId, "io.talentwatch.NoSuchJob", List.of(), 1))
                .isInstanceOfSatisfying(FlinkRestException.class, e -> {
                    assertThat(e.statusCode()).isGreaterThanOrEqualTo(400);
                    assertThat(e.getMessage()).contains("io.talentwatch.NoSuchJob").contains("/run");
                    assertThat(e.summary()).contains("io.talentwatch.NoSuchJob").doesNotContain("\tat ");
                    assertThat(String.join("\n", e.errors())).contains("\tat "); // full trace kept
                });
    }

    @Test
    void clusterDoesNotSeeTheProjectsClasses() {
        FlinkRestClient flink = cluster.client();
        JarId jarId = flink.uploadJar(jobJar);

        // On this test's classpath but not in the jar: a cluster built from our classpath would find it.
        assertThatThrownBy(() -> flink.run(jarId, FlinkRestClient.class.getName(), List.of(), 1))
                .isInstanceOf(FlinkRestException.class)
                .hasMessageContaining("entry point class '" + FlinkRestClient.class.getName() + "' was not found");
    }

    @Test
    void anExceptionFromTheJobsMainComesBackInTheMessage() {
        FlinkRestClient flink = cluster.client();
        JarId jarId = flink.uploadJar(jobJar);

        // The job checks its arguments: without them its main throws, and the REST call must say why.
        assertThatThrownBy(() -> flink.run(jarId, JOB_CLASS, List.of("--wrong", "x"), 1))
                .isInstanceOf(FlinkRestException.class)
                .hasMessageContaining(RunUntilCancelledJob.USAGE)
                .hasMessageContaining("[--wrong, x]");
    }

    @Test
    void waitingOnAFailedJobReportsItsRootException() {
        FlinkRestClient flink = cluster.client();
        String reason = "reason-" + UUID.randomUUID().toString().substring(0, 8);
        JobId jobId = flink.run(flink.uploadJar(jobJar), FailingJob.class.getName(), List.of(reason), 1);

        assertThatThrownBy(() -> flink.waitForState(jobId, Set.of(JobState.FINISHED), STATE_TIMEOUT))
                .isInstanceOfSatisfying(JobStateException.class, e -> {
                    assertThat(e.getMessage()).contains("ended FAILED").contains(FailingJob.FAILURE_PREFIX + reason);
                    assertThat(e.lastState()).contains(JobState.FAILED);
                    assertThat(e.jobId()).isEqualTo(jobId);
                });
    }

    @Test
    void unknownJobIsANotFound() {
        JobId nobody = new JobId("0123456789abcdef0123456789abcdef");

        assertThatThrownBy(() -> cluster.client().jobState(nobody))
                .isInstanceOfSatisfying(FlinkRestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.summary()).contains(nobody.value());
                });
    }

    @Test
    void unreachableClusterNamesTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;
        FlinkRestClient flink = new FlinkRestClient(url + "/some/path/");

        assertThatThrownBy(flink::clusterOverview)
                .isInstanceOf(FlinkClusterUnreachableException.class)
                .hasMessageContaining("unreachable at " + url + "/some/path")
                .hasMessageContaining("connection refused");
        assertThatThrownBy(() -> flink.uploadJar(jobJar))
                .isInstanceOf(FlinkClusterUnreachableException.class)
                .hasMessageContaining(url);
        // .invalid never resolves (RFC 2606).
        assertThatThrownBy(() -> new FlinkRestClient("http://flink.invalid:8081").jobState(
                        new JobId("0123456789abcdef0123456789abcdef")))
                .isInstanceOf(FlinkClusterUnreachableException.class)
                .hasMessageContaining("http://flink.invalid:8081")
                .hasMessageContaining("unknown host flink.invalid");
    }

    private static void awaitAllVerticesRunning(JobId jobId) throws Exception {
        long deadline = System.nanoTime() + STATE_TIMEOUT.toNanos();
        JsonNode vertices = rawJob(jobId).path("vertices");
        while (!allRunning(vertices)) {
            assertThat(System.nanoTime() - deadline).as("tasks still not RUNNING: %s", vertices).isNegative();
            Thread.sleep(200);
            vertices = rawJob(jobId).path("vertices");
        }
    }

    private static boolean allRunning(JsonNode vertices) {
        if (vertices.isEmpty()) {
            return false;
        }
        for (JsonNode vertex : vertices) {
            if (!"RUNNING".equals(vertex.path("status").asText())) {
                return false;
            }
        }
        return true;
    }

    /** {@code GET /jobs/<id>} read without the client under test. */
    private static JsonNode rawJob(JobId jobId) throws Exception {
        HttpResponse<String> response = get(cluster.restUrl() + "/jobs/" + jobId);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
