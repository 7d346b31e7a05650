package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.cluster.CheckpointStatus;
import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JobId;
import io.talentwatch.cluster.JobState;
import io.talentwatch.cluster.RestoreInfo;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.setup.ElasticsearchClient;
import io.talentwatch.testing.Await;
import io.talentwatch.testing.CliRun;
import io.talentwatch.testing.LocalFlinkCluster;
import io.talentwatch.testing.RealServices;
import io.talentwatch.testing.SteadyFeed;
import io.talentwatch.testing.TestJobs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status}, {@code stop} and {@code upgrade} against a real standalone Flink 1.20 cluster
 * running the real job jar, with real Kafka and Elasticsearch. The machine is shared and small:
 * every wait is generous but bounded.
 */
class ClusterOperationsIT {
    private static final Duration JOB_START = Duration.ofMinutes(3);
    private static final Duration INDEXED = Duration.ofMinutes(4);
    private static final Pattern SAVEPOINT = Pattern.compile("savepoint: (\\S+)");
    private static final String JAR = System.getProperty("talentwatch.job.jar");

    private static LocalFlinkCluster cluster;
    private static String es;
    private static String kafka;

    @BeforeAll
    static void startServices() throws IOException {
        RealServices.startBoth();
        es = RealServices.elasticsearch().url();
        kafka = RealServices.kafka().bootstrapServers();
        cluster = RealServices.flinkCluster();
    }

    /** The cluster is shared with other classes of this JVM: leave both slots free, whatever the outcome. */
    @AfterEach
    void cancelWhatIsLeft() {
        cluster.cancelRunningJobs(Duration.ofMinutes(1));
    }

    @Test
    void statusStopAndAFailedUpgradeThatResumesFromItsSavepoint(@TempDir Path dir) throws Exception {
        String name = "it-ops-stop";
        Path jobFile = definitionFile(dir, name, "");
        setup(jobFile);
        FlinkRestClient flink = cluster.client();
        String url = cluster.restUrl().toString();

        JobId first = submit(jobFile);
        flink.waitForAllTasksRunning(first, JOB_START);
        Await.until("a completed checkpoint", JOB_START, () -> flink.checkpoints(first),
                checkpoints -> checkpoints.latestCompleted().isPresent());

        CliRun all = CliRun.of("status", "--flink", url);
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("JOB ID", first.value(), "RUNNING", "talentwatch: " + name);

        CliRun named = CliRun.of("status", jobFile.toString(), "--flink", url);
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(named.out()).contains("talentwatch: " + name, first.value(), "parallelism  1", "no (fresh start)")
                .containsPattern("state\\s+RUNNING")
                .containsPattern("checkpoint\\s+#\\d+ at \\S+Z \\(\\d+s ago\\) file:");
        CliRun byId = CliRun.of("status", "--job-id", first.value(), "--flink", url);
        assertThat(byId.exitCode()).as(byId.err()).isZero();
        assertThat(byId.out()).contains(first.value());

        CliRun unknown = CliRun.of("status", "no-such-watch", "--flink", url);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("No job 'talentwatch: no-such-watch' on the Flink cluster at " + url,
                first.value());

        CliRun twice = CliRun.of("submit", jobFile.toString(), "--flink", url, "--kafka", kafka, "--es", es, "--jar", JAR);
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err()).contains("'talentwatch: " + name + "' is already RUNNING", first.value(), "--allow-duplicate");
        int jobsBefore = flink.jobs().size();
        CliRun again = CliRun.of("submit", jobFile.toString(), "--flink", url, "--kafka", kafka, "--es", es, "--jar", JAR,
                "--unless-active");
        assertThat(again.exitCode()).as("what docker compose's setup runs at every start").isZero();
        assertThat(again.out()).contains("is already RUNNING", first.value(), "not submitting another");
        assertThat(flink.jobs()).hasSize(jobsBefore);

        // An upgrade whose new jar lacks the job: the old job is stopped, the new one cannot start,
        // and the command says how to resume; that command, with a good jar, resumes the job.
        Path brokenJar = emptyJar(dir.resolve("broken.jar"));
        Path savepoints = dir.resolve("savepoints");
        CliRun failed = CliRun.of("upgrade", jobFile.toString(), "--flink", url, "--kafka", kafka, "--es", es,
                "--jar", brokenJar.toString(), "--savepoint", savepoints.toUri().toString(), "--timeout", "3m");
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
        String savepoint = savepointIn(failed.out());
        System.out.print("[ClusterOperationsIT] failed upgrade\n" + failed.out() + failed.err());
        assertThat(savepoint).startsWith("file:" + savepoints);
        assertThat(failed.err()).contains("the new job did not start", "resume from the savepoint with:",
                "talentwatch submit " + jobFile + " --flink " + url, "--from-savepoint " + savepoint);
        assertThat(flink.jobState(first)).isEqualTo(JobState.FINISHED);

        List<String> resume = resumeCommand(failed.err());
        resume.set(resume.indexOf("--jar") + 1, JAR);
        CliRun resumed = CliRun.of(resume.toArray(String[]::new));
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        JobId second = resumed.submittedJobId();
        flink.waitForAllTasksRunning(second, JOB_START);
        assertThat(flink.checkpoints(second).restored()).get()
                .satisfies(restored -> assertThat(restored.externalPath()).isEqualTo(savepoint));
        CliRun restoredStatus = CliRun.of("status", name, "--flink", url);
        System.out.print("[ClusterOperationsIT] talentwatch status " + name + "\n" + restoredStatus.out()
                + "[ClusterOperationsIT] talentwatch status\n" + CliRun.of("status", "--flink", url).out());
        assertThat(restoredStatus.out()).contains(second.value()).containsPattern("restored\\s+savepoint " + Pattern.quote(savepoint));

        // stop without --savepoint: the cluster's execution.checkpointing.savepoint-dir.
        CliRun stop = CliRun.of("stop", name, "--flink", url);
        assertThat(stop.exitCode()).as(stop.err()).isZero();
        String stopSavepoint = savepointIn(stop.out());
        System.out.print("[ClusterOperationsIT] talentwatch stop " + name + "\n" + stop.out());
        assertThat(Path.of(java.net.URI.create(stopSavepoint))).startsWith(cluster.savepointDir())
                .satisfies(path -> assertThat(path.resolve("_metadata")).isRegularFile());
        assertThat(stop.out()).contains("job " + second + " FINISHED");
        assertThat(flink.jobState(second)).isEqualTo(JobState.FINISHED);

        CliRun finished = CliRun.of("status", name, "--flink", url);
        assertThat(finished.exitCode()).isEqualTo(StatusCommand.NOT_RUNNING);
        assertThat(finished.out()).containsPattern("state\\s+FINISHED").contains(second.value());

        CliRun stopAgain = CliRun.of("stop", name, "--flink", url, "--savepoint", savepoints.toString());
        assertThat(stopAgain.exitCode()).isEqualTo(1);
        assertThat(stopAgain.err()).contains("No active job 'talentwatch: " + name + "'");
    }

    /**
     * The acceptance test: a job upgraded from a savepoint, to a definition with one more
     * company, while items keep arriving, indexes every item exactly once: none lost, none written
     * twice (each document's _version is 1: stop-with-savepoint flushes the sink and ends the sources
     * at the savepoint's offsets, and the new job starts from exactly those).
     */
    @Test
    void upgradeWhileInputFlowsLosesNothingAndWritesNothingTwice(@TempDir Path dir) throws Exception {
        String name = "it-ops-upgrade";
        Path before = definitionFile(dir, name, "");
        Path after = definitionFile(dir.resolve("v2"), name, """
                  - id: nimbus
                    name: Nimbus Labs
                    aliases:
                      en: [Nimbus Labs]
                """);
        setup(before);
        JobDefinition job = JobDefinitionLoader.load(before);
        FlinkRestClient flink = cluster.client();
        String url = cluster.restUrl().toString();

        JobId old = submit(before, "--parallelism", "2");
        assertThat(flink.waitForAllTasksRunning(old, JOB_START).parallelism()).isEqualTo(2);
        ElasticsearchClient elasticsearch = new ElasticsearchClient(es);
        String alias = job.elasticsearch().mentionsAlias();

        List<SteadyFeed.Sent> sent;
        Instant upgraded;
        JobId upgradedId;
        String savepoint;
        try (SteadyFeed feed = SteadyFeed.start(job.kafka().topics().news(), "up",
                "OpenAI is hiring researchers away from Nimbus Labs, people familiar with the matter said.",
                Duration.ofMillis(50))) {
            Await.until("the old job to index some of the flowing items", INDEXED,
                    () -> elasticsearch.count(alias), count -> count >= 50);

            long upgradeStart = System.nanoTime();
            CliRun upgrade = CliRun.of("upgrade", after.toString(), "--flink", url, "--kafka", kafka, "--es", es,
                    "--jar", JAR, "--savepoint", dir.resolve("savepoints").toString(), "--timeout", "4m");
            assertThat(upgrade.exitCode()).as(upgrade.out() + upgrade.err()).isZero();
            upgraded = Instant.now();
            System.out.print("[ClusterOperationsIT] talentwatch upgrade ... took "
                    + Duration.ofNanos(System.nanoTime() - upgradeStart).toMillis() + " ms\n" + upgrade.out());
            savepoint = savepointIn(upgrade.out());
            upgradedId = upgrade.submittedJobId();
            assertThat(upgrade.out()).as("no --parallelism: the new job keeps the old one's")
                    .contains("job " + old + " FINISHED", "job " + upgradedId + " RUNNING with parallelism 2");

            int sentAtUpgrade = feed.sent().size();
            Await.until("items sent to the upgraded job", Duration.ofMinutes(2), () -> feed.sent().size(),
                    n -> n >= sentAtUpgrade + 100);
            sent = feed.stop();
        }
        Set<String> expected = sent.stream().map(SteadyFeed.Sent::documentId).collect(Collectors.toSet());
        assertThat(expected).hasSize(sent.size());
        awaitCount(elasticsearch, alias, expected.size()); // then the comparison below names what is missing

        Map<String, JsonNode> indexed = mentions(elasticsearch, alias, expected.size() + 100);
        System.out.printf("[ClusterOperationsIT] %d items sent at 20/s over %d s, %d after the upgrade returned; %d indexed%n",
                sent.size(), Duration.between(sent.get(0).sentAt(), sent.get(sent.size() - 1).sentAt()).toSeconds(),
                sent.stream().filter(item -> item.sentAt().isAfter(upgraded)).count(), indexed.size());
        assertThat(indexed.keySet()).as("one document per item sent, none missing, none extra")
                .containsExactlyInAnyOrderElementsOf(expected);
        List<String> writtenTwice = indexed.entrySet().stream()
                .filter(hit -> hit.getValue().path("_version").asLong() != 1)
                .map(hit -> hit.getKey() + " _version " + hit.getValue().path("_version").asLong())
                .toList();
        assertThat(writtenTwice).as("documents written more than once").isEmpty();

        // The new rules apply after the upgrade: items sent once it ran mention the added company.
        Map<String, Instant> sentAt = new HashMap<>();
        sent.forEach(item -> sentAt.put(item.documentId(), item.sentAt()));
        Set<String> withNimbus = new HashSet<>();
        indexed.forEach((id, hit) -> hit.path("_source").path("companies").forEach(company -> {
            if (company.asText().equals("nimbus")) {
                withNimbus.add(id);
            }
        }));
        List<String> sentAfterUpgrade = sentAt.entrySet().stream()
                .filter(item -> item.getValue().isAfter(upgraded)).map(Map.Entry::getKey).toList();
        assertThat(sentAfterUpgrade).isNotEmpty();
        assertThat(withNimbus).containsAll(sentAfterUpgrade);
        assertThat(withNimbus).as("items the old job indexed know no Nimbus").hasSizeLessThan(indexed.size());

        // The new job restored the savepoint; the old one finished.
        CheckpointStatus checkpoints = flink.checkpoints(upgradedId);
        assertThat(checkpoints.restored()).get().extracting(RestoreInfo::externalPath, RestoreInfo::savepoint)
                .containsExactly(savepoint, true);
        assertThat(flink.jobState(old)).isEqualTo(JobState.FINISHED);
        assertThat(flink.jobState(upgradedId)).isEqualTo(JobState.RUNNING);

        flink.cancel(upgradedId);
        flink.waitForState(upgradedId, Set.of(JobState.CANCELED), Duration.ofMinutes(2));
    }

    /** The isolated shipped definition, checkpointing every 2 s, with {@code extraCompanies} (YAML list items) added. */
    private static Path definitionFile(Path dir, String name, String extraCompanies) throws IOException {
        Files.createDirectories(dir);
        Path file = TestJobs.isolatedFile(name, dir);
        String yaml = Files.readString(file);
        assertThat(yaml).contains("  interval: 30s\n", "\ncompanies:\n");
        return Files.writeString(file, yaml.replace("  interval: 30s\n", "  interval: 2s\n")
                .replace("\ncompanies:\n", "\ncompanies:\n" + extraCompanies));
    }

    private static void setup(Path jobFile) {
        CliRun setup = CliRun.of("setup", "--es", es, "--kafka", kafka, "--job", jobFile.toString());
        assertThat(setup.exitCode()).as(setup.err()).isZero();
    }

    private static JobId submit(Path jobFile, String... options) {
        List<String> args = new ArrayList<>(List.of("submit", jobFile.toString(), "--flink", cluster.restUrl().toString(),
                "--kafka", kafka, "--es", es, "--jar", JAR));
        args.addAll(List.of(options));
        CliRun submit = CliRun.of(args.toArray(String[]::new));
        assertThat(submit.exitCode()).as(submit.err()).isZero();
        return submit.submittedJobId();
    }


    private static String savepointIn(String out) {
        Matcher savepoint = SAVEPOINT.matcher(out);
        assertThat(savepoint.find()).as(out).isTrue();
        return savepoint.group(1);
    }

    /** The indented "talentwatch submit ..." line of upgrade's advice, as arguments (its words need no quoting here). */
    private static List<String> resumeCommand(String err) {
        String line = err.lines().map(String::strip).filter(l -> l.startsWith("talentwatch submit ")).findFirst()
                .orElseThrow(() -> new AssertionError("no submit command in: " + err));
        List<String> words = new ArrayList<>(Arrays.asList(line.split(" ")));
        words.remove(0);
        return words;
    }

    /** Polls until the alias holds {@code atLeast} documents or {@link #INDEXED} has passed, without failing. */
    private static void awaitCount(ElasticsearchClient elasticsearch, String alias, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + INDEXED.toNanos();
        while (elasticsearch.count(alias) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    /** Every document in the alias by _id, with _version and the companies. */
    private static Map<String, JsonNode> mentions(ElasticsearchClient elasticsearch, String alias, int atMost) {
        elasticsearch.post("/" + alias + "/_refresh", "");
        JsonNode hits = elasticsearch.post("/" + alias + "/_search", """
                {"size": %d, "version": true, "_source": ["companies"], "query": {"match_all": {}}}
                """.formatted(atMost)).path("hits").path("hits");
        Map<String, JsonNode> byId = new HashMap<>();
        hits.forEach(hit -> assertThat(byId.put(hit.path("_id").asText(), hit)).as("_id twice").isNull());
        return byId;
    }

    /** A jar Flink accepts for upload but whose entry class does not exist. */
    private static Path emptyJar(Path file) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }
}
