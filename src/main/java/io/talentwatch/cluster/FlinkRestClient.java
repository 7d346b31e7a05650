package io.talentwatch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A small client for a Flink 1.20 cluster's REST API: upload a job jar, run it, watch and cancel the
 * job. Every call is synchronous. Errors are {@link FlinkClusterException}s: {@link
 * FlinkRestException} when Flink answers non-2xx, {@link FlinkClusterUnreachableException} when
 * nothing answers, {@link JobStateException} when a job does not reach the state waited for.
 *
 * <p>The base URL may carry a path (a cluster behind a reverse proxy, e.g. {@code
 * https://gw/flink/}) and a trailing slash.
 *
 * <pre>{@code
 * FlinkRestClient flink = new FlinkRestClient("http://localhost:8081");
 * JobId job = flink.run(flink.uploadJar(jar), "io.talentwatch.job.TalentWatchJob", List.of("--job", "x.yaml"), 2);
 * flink.waitForState(job, Set.of(JobState.RUNNING), Duration.ofMinutes(1));
 * }</pre>
 */
public final class FlinkRestClient {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final RestTransport rest;

    public FlinkRestClient(String baseUrl) {
        this(baseUrl, DEFAULT_REQUEST_TIMEOUT);
    }

    /** @param requestTimeout per request; a jar run waits for the job's {@code main} on the JobManager */
    public FlinkRestClient(String baseUrl, Duration requestTimeout) {
        this.rest = new RestTransport(baseUrl, requestTimeout);
    }

    /** The REST base URL without a trailing slash, e.g. {@code http://localhost:8081}. */
    public URI baseUrl() {
        return rest.baseUrl();
    }

    /** {@code GET /overview}: also the cheapest "is the cluster up" probe. */
    public ClusterOverview clusterOverview() {
        JsonNode body = rest.get("/overview");
        return new ClusterOverview(
                body.path("flink-version").asText(),
                body.path("taskmanagers").asInt(),
                body.path("slots-total").asInt(),
                body.path("slots-available").asInt(),
                body.path("jobs-running").asInt());
    }

    /** {@code GET /taskmanagers}: the TaskManagers registered with the JobManager. */
    public List<TaskManagerInfo> taskManagers() {
        List<TaskManagerInfo> result = new ArrayList<>();
        for (JsonNode tm : rest.get("/taskmanagers").path("taskmanagers")) {
            result.add(new TaskManagerInfo(
                    tm.path("id").asText(), tm.path("slotsNumber").asInt(), tm.path("freeSlots").asInt()));
        }
        return List.copyOf(result);
    }

    /** {@code POST /jars/upload} (multipart, field {@code jarfile}). The file name must end in {@code .jar}. */
    public JarId uploadJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("Job jar not found: " + jar.toAbsolutePath());
        }
        String fileName = jar.getFileName().toString();
        if (!fileName.endsWith(".jar")) {
            throw new IllegalArgumentException("Flink accepts only files named *.jar, got " + fileName);
        }
        String boundary = "talentwatch-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"jarfile\"; filename=\"" + fileName.replace("\"", "") + "\"\r\n"
                + "Content-Type: application/x-java-archive\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        BodyPublisher body;
        try {
            body = BodyPublishers.concat(
                    BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                    BodyPublishers.ofFile(jar),
                    BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FlinkClusterException("Cannot read job jar " + jar.toAbsolutePath(), e);
        }
        JsonNode response = rest.post("/jars/upload", body, "multipart/form-data; boundary=" + boundary);
        // {"filename":"/tmp/.../flink-web-upload/<uuid>_<name>.jar","status":"success"}: the id is the last segment.
        String stored = response.path("filename").asText("");
        if (stored.isEmpty()) {
            throw new FlinkClusterException("Jar upload to " + baseUrl() + " returned no file name: " + response);
        }
        return new JarId(stored.substring(stored.lastIndexOf('/') + 1));
    }

    /** Runs an uploaded jar without restoring state. */
    public JobId run(JarId jarId, String entryClass, List<String> programArgs, int parallelism) {
        return run(jarId, entryClass, programArgs, parallelism, Optional.empty());
    }

    /**
     * {@code POST /jars/<id>/run}. Flink executes the entry class's {@code main} on the JobManager;
     * what it throws (bad arguments, a missing class) comes back as a {@link FlinkRestException}.
     *
     * @param restore the savepoint to start from, if any (Flink's default claim mode, NO_CLAIM)
     * @return the id of the submitted job (it may still be INITIALIZING)
     */
    public JobId run(
            JarId jarId,
            String entryClass,
            List<String> programArgs,
            int parallelism,
            Optional<SavepointRestore> restore) {
        Objects.requireNonNull(entryClass, "entryClass");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
        }
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("entryClass", entryClass);
        programArgs.forEach(request.putArray("programArgsList")::add);
        request.put("parallelism", parallelism);
        restore.ifPresent(savepoint -> {
            request.put("savepointPath", savepoint.path());
            request.put("allowNonRestoredState", savepoint.allowNonRestoredState());
        });
        JsonNode response = rest.postJson("/jars/" + jarId.value() + "/run", request);
        return new JobId(response.path("jobid").asText());
    }

    /** {@code DELETE /jars/<id>}: forget an uploaded jar (running jobs keep their own copy). */
    public void deleteJar(JarId jarId) {
        rest.delete("/jars/" + jarId.value());
    }

    /** {@code GET /jobs/<id>}. */
    public JobOverview job(JobId jobId) {
        JsonNode body = rest.get("/jobs/" + jobId.value());
        long startMillis = body.path("start-time").asLong(-1);
        return new JobOverview(
                jobId,
                body.path("name").asText(),
                JobState.parse(body.path("state").asText(null)),
                startMillis > 0 ? Optional.of(Instant.ofEpochMilli(startMillis)) : Optional.empty());
    }

    public JobState jobState(JobId jobId) {
        return job(jobId).state();
    }

    /**
     * Polls until the job is in one of {@code wanted}. Fails fast, with the job's root exception,
     * when the job ends in a terminal state that is not wanted.
     *
     * @return the wanted state reached
     * @throws JobStateException on timeout or an unwanted terminal state
     */
    public JobState waitForState(JobId jobId, Set<JobState> wanted, Duration timeout) {
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("wanted states are empty");
        }
        Set<JobState> targets = EnumSet.copyOf(wanted);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JobState state = jobState(jobId);
            if (targets.contains(state)) {
                return state;
            }
            if (state.isGloballyTerminal()) {
                throw new JobStateException(jobId, state, "Job " + jobId + " ended " + state + " instead of reaching "
                        + targets + rootExceptionSuffix(jobId));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new JobStateException(jobId, state, "Job " + jobId + " still " + state + " after " + timeout
                        + ", wanted " + targets);
            }
            sleep(POLL_INTERVAL);
        }
    }

    /** {@code GET /jobs/overview}: every job the cluster knows, running or ended, in no particular order. */
    public List<JobSummary> jobs() {
        List<JobSummary> result = new ArrayList<>();
        for (JsonNode job : rest.get("/jobs/overview").path("jobs")) {
            result.add(new JobSummary(
                    new JobId(job.path("jid").asText()),
                    job.path("name").asText(),
                    JobState.parse(job.path("state").asText(null)),
                    instant(job.path("start-time")),
                    Duration.ofMillis(Math.max(0, job.path("duration").asLong(0)))));
        }
        return List.copyOf(result);
    }

    /** {@code GET /jobs/<id>} with the parallelism and whether every task is RUNNING. */
    public JobDetails jobDetails(JobId jobId) {
        JsonNode body = rest.get("/jobs/" + jobId.value());
        int parallelism = 0;
        boolean allRunning = body.path("vertices").size() > 0;
        for (JsonNode vertex : body.path("vertices")) {
            parallelism = Math.max(parallelism, vertex.path("parallelism").asInt());
            allRunning &= "RUNNING".equals(vertex.path("status").asText());
        }
        return new JobDetails(
                jobId,
                body.path("name").asText(),
                JobState.parse(body.path("state").asText(null)),
                instant(body.path("start-time")),
                Duration.ofMillis(Math.max(0, body.path("duration").asLong(0))),
                parallelism,
                allRunning);
    }

    /** {@code GET /jobs/<id>/checkpoints}: the latest completed checkpoint and what the job restored from. */
    public CheckpointStatus checkpoints(JobId jobId) {
        JsonNode body = rest.get("/jobs/" + jobId.value() + "/checkpoints");
        JsonNode completed = body.path("latest").path("completed");
        JsonNode restored = body.path("latest").path("restored");
        Optional<CheckpointInfo> latest = completed.isObject()
                ? Optional.of(new CheckpointInfo(
                        completed.path("id").asLong(),
                        Instant.ofEpochMilli(completed.path("latest_ack_timestamp").asLong()),
                        completed.path("external_path").asText(""),
                        completed.path("is_savepoint").asBoolean()))
                : Optional.empty();
        Optional<RestoreInfo> restoredFrom = restored.isObject()
                ? Optional.of(new RestoreInfo(
                        restored.path("id").asLong(),
                        Instant.ofEpochMilli(restored.path("restore_timestamp").asLong()),
                        restored.path("external_path").asText(""),
                        restored.path("is_savepoint").asBoolean()))
                : Optional.empty();
        return new CheckpointStatus(latest, restoredFrom,
                body.path("counts").path("completed").asLong(), body.path("counts").path("failed").asLong());
    }

    /** {@code GET /jobmanager/config}: the cluster's configuration, key to value. */
    public Map<String, String> clusterConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        for (JsonNode entry : rest.get("/jobmanager/config")) {
            config.put(entry.path("key").asText(), entry.path("value").asText());
        }
        return config;
    }

    /**
     * The cluster's default savepoint directory ({@code execution.checkpointing.savepoint-dir}, or
     * its older name {@code state.savepoints.dir}), if it has one.
     */
    public Optional<String> defaultSavepointDirectory() {
        return SavepointDirectory.configured(clusterConfig());
    }

    /**
     * Stops a job with a savepoint: {@code POST /jobs/<id>/stop} ({@code drain: false}, so event-time
     * windows are not fired early and the next job continues them), then polls
     * {@code GET /jobs/<id>/savepoints/<request-id>} until the savepoint completes or fails. The job
     * then finishes on its own; wait for FINISHED with {@link #waitForState}.
     *
     * @param targetDirectory where the cluster writes the savepoint; empty uses the cluster's default
     * @throws SavepointException when the savepoint fails or takes longer than {@code timeout}
     */
    public SavepointLocation stopWithSavepoint(JobId jobId, Optional<String> targetDirectory, Duration timeout) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        targetDirectory.ifPresent(dir -> request.put("targetDirectory", dir));
        request.put("drain", false);
        String requestId = rest.postJson("/jobs/" + jobId.value() + "/stop", request).path("request-id").asText("");
        if (requestId.isEmpty()) {
            throw new SavepointException(jobId, "Flink did not accept the stop of job " + jobId + " (no request id)");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode status = rest.get("/jobs/" + jobId.value() + "/savepoints/" + requestId);
            if ("COMPLETED".equals(status.path("status").path("id").asText())) {
                JsonNode operation = status.path("operation");
                String location = operation.path("location").asText("");
                if (!location.isEmpty()) {
                    return new SavepointLocation(location);
                }
                String cause = operation.path("failure-cause").path("stack-trace").asText(operation.toString());
                throw new SavepointException(jobId, "Stop with savepoint of job " + jobId + " failed: "
                        + FlinkErrors.summarize(List.of(cause)));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new SavepointException(jobId, "Savepoint of job " + jobId + " not complete after " + timeout
                        + " (request " + requestId + "); the job may still be running");
            }
            sleep(POLL_INTERVAL);
        }
    }

    /**
     * Polls until the job is RUNNING and so is every one of its tasks (state restored, sources
     * reading). Fails fast when the job ends; on timeout the message carries the job's last exception.
     */
    public JobDetails waitForAllTasksRunning(JobId jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JobDetails details = jobDetails(jobId);
            if (details.state() == JobState.RUNNING && details.allTasksRunning()) {
                return details;
            }
            if (details.state().isGloballyTerminal()) {
                throw new JobStateException(jobId, details.state(), "Job " + jobId + " ended " + details.state()
                        + " instead of running" + rootExceptionSuffix(jobId));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new JobStateException(jobId, details.state(), "Job " + jobId + " not running all its tasks after "
                        + timeout + " (job " + details.state() + ")" + rootExceptionSuffix(jobId));
            }
            sleep(POLL_INTERVAL);
        }
    }

    /** {@code PATCH /jobs/<id>?mode=cancel}: asks for cancellation and returns; wait for CANCELED to know it is done. */
    public void cancel(JobId jobId) {
        rest.patch("/jobs/" + jobId.value() + "?mode=cancel");
    }

    /**
     * The job's page in the Flink 1.20 web UI. The UI is an Angular app whose job routes are
     * {@code #/job/running/<id>} and {@code #/job/completed/<id>}; {@code running} is the one for a
     * job just submitted.
     */
    public URI webUiUrl(JobId jobId) {
        return URI.create(baseUrl() + "/#/job/running/" + jobId.value() + "/overview");
    }

    URI endpoint(String path) {
        return rest.endpoint(path);
    }

    /** "; root exception: ..." from {@code GET /jobs/<id>/exceptions}, or "" if there is none to be had. */
    private String rootExceptionSuffix(JobId jobId) {
        try {
            JsonNode body = rest.get("/jobs/" + jobId.value() + "/exceptions");
            String trace = body.path("root-exception").asText("");
            if (trace.isEmpty()) {
                trace = body.path("exceptionHistory").path("entries").path(0).path("stacktrace").asText("");
            }
            String summary = FlinkErrors.summarize(List.of(trace));
            return summary.isEmpty() ? "" : "; root exception: " + summary;
        } catch (FlinkClusterException e) {
            return "";
        }
    }

    private static Optional<Instant> instant(JsonNode epochMillis) {
        long millis = epochMillis.asLong(-1);
        return millis > 0 ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlinkClusterException("Interrupted while waiting for a job state", e);
        }
    }
}
