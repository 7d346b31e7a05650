package io.talentwatch.testing;

import io.talentwatch.cluster.FlinkClusterException;
import io.talentwatch.cluster.FlinkRestClient;
import io.talentwatch.cluster.JobState;
import io.talentwatch.cluster.JobSummary;
import io.talentwatch.cluster.TaskManagerInfo;
import io.talentwatch.local.LogTail;
import io.talentwatch.local.ManagedProcess;
import io.talentwatch.testing.FlinkJvmOptions.Component;
import io.talentwatch.testing.FlinkJvmOptions.MemoryParams;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A real Flink 1.20 standalone session cluster for tests: one JobManager JVM
 * ({@code StandaloneSessionClusterEntrypoint}) and one TaskManager JVM ({@code TaskManagerRunner}),
 * started as child processes on a classpath of Flink and logging only, so a job runs from its jar
 * as it would in production. Ports are picked free, everything it writes is under
 * {@code target/flink-cluster/run-*}. {@link #close()} stops both JVMs; a shutdown hook does too
 * (each JVM is a {@link ManagedProcess}).
 *
 * <pre>{@code
 * try (LocalFlinkCluster cluster = LocalFlinkCluster.start()) {
 *     FlinkRestClient flink = cluster.client();
 *     JobId job = flink.run(flink.uploadJar(jar), "my.Job", List.of(), 1);
 * }
 * }</pre>
 */
public final class LocalFlinkCluster implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int LOG_TAIL_LINES = 40;
    /** SIGTERM lets Flink run its shutdown hooks; SIGKILL after this. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    /** How long each start-up phase took, measured from launching the JVMs. */
    public record StartupTimes(Duration restReady, Duration taskManagerRegistered) {}

    private final ClusterLayout layout;
    private final URI restUrl;
    private final int taskSlots;
    private final Map<String, String> config;
    private final FlinkRestClient client;
    /** Short timeouts: a port that accepts but never answers must not stall the start-up checks. */
    private final FlinkRestClient probe;
    private final ManagedProcess jobManager;
    private final ManagedProcess taskManager;
    private StartupTimes startupTimes;

    private LocalFlinkCluster(ClusterLayout layout, int restPort, int taskSlots, Map<String, String> config) {
        this.layout = layout;
        this.config = Map.copyOf(config);
        this.restUrl = URI.create("http://" + ClusterLayout.LOOPBACK + ":" + restPort);
        this.taskSlots = taskSlots;
        this.client = new FlinkRestClient(restUrl.toString());
        this.probe = new FlinkRestClient(restUrl.toString(), Duration.ofSeconds(2));
        this.jobManager = managedJvm(Component.JOB_MANAGER);
        this.taskManager = managedJvm(Component.TASK_MANAGER);
    }

    /** Keeps the work dir: logs, checkpoints and savepoints outlive the cluster (see {@link #close()}). */
    private ManagedProcess managedJvm(Component component) {
        return new ManagedProcess(component.processName, layout.workDir(), true, STOP_GRACE);
    }

    /** Starts a cluster with the defaults: 2 slots, 3 minutes to come up. */
    public static LocalFlinkCluster start() throws IOException {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The REST base URL, e.g. {@code http://127.0.0.1:40123}. */
    public URI restUrl() {
        return restUrl;
    }

    /** A client for this cluster. */
    public FlinkRestClient client() {
        return client;
    }

    public Path workDir() {
        return layout.workDir();
    }

    public Path logDir() {
        return layout.logDir();
    }

    /** The {@code execution.checkpointing.dir} of this cluster. */
    public Path checkpointDir() {
        return layout.checkpointDir();
    }

    /** The {@code execution.checkpointing.savepoint-dir} of this cluster. */
    public Path savepointDir() {
        return layout.savepointDir();
    }

    public StartupTimes startupTimes() {
        return startupTimes;
    }

    /**
     * Cancels every job not yet ended and waits until each has, so the next user of a shared
     * cluster finds all its slots free; returns the jobs it cancelled.
     */
    public List<JobSummary> cancelRunningJobs(Duration timeout) {
        List<JobSummary> running = client.jobs().stream().filter(job -> !job.state().isGloballyTerminal()).toList();
        running.forEach(job -> client.cancel(job.id()));
        running.forEach(job -> client.waitForState(job.id(), Set.of(JobState.CANCELED, JobState.FAILED, JobState.FINISHED), timeout));
        return running;
    }

    /** Both JVMs are still alive (a crash after start-up shows here). */
    public boolean isRunning() {
        return jobManager.isAlive() && taskManager.isAlive();
    }

    /** The JobManager and TaskManager processes, e.g. to check that {@link #close()} ended them. */
    public List<ProcessHandle> processes() {
        return List.of(jobManager.handle(), taskManager.handle());
    }

    /** The last lines of the JobManager's and TaskManager's log and console output. */
    public String logTails() {
        return "Flink cluster in " + layout.workDir() + "\n"
                + logTails(Component.JOB_MANAGER, jobManager) + logTails(Component.TASK_MANAGER, taskManager);
    }

    private String logTails(Component component, ManagedProcess jvm) {
        return "---- " + jvm + " ----" + LogTail.of(LOG_TAIL_LINES,
                layout.logFile(component.processName), layout.outFile(component.processName)) + "\n";
    }

    /**
     * Stops both JVMs (SIGTERM, then SIGKILL after 15 s) and deletes the bulky uploads and blobs;
     * logs, checkpoints and savepoints stay (a later cluster may restore from them). Idempotent.
     */
    @Override
    public void close() {
        try {
            taskManager.close();
        } finally {
            jobManager.close();
        }
        ClusterLayout.deleteRecursively(layout.uploadDir());
        ClusterLayout.deleteRecursively(layout.tmpDir());
    }

    private void launch(String classpath, Duration timeout) throws IOException {
        MemoryParams jobManagerMemory = FlinkJvmOptions.memoryParams(
                Component.JOB_MANAGER, classpath, layout.confDir(), layout.logDir());
        MemoryParams taskManagerMemory = FlinkJvmOptions.memoryParams(
                Component.TASK_MANAGER, classpath, layout.confDir(), layout.logDir());
        long launched = System.nanoTime();
        jobManager.launch(processBuilder(Component.JOB_MANAGER, classpath, jobManagerMemory));
        // Started at once: the TaskManager retries until the JobManager's RPC endpoint is up.
        taskManager.launch(processBuilder(Component.TASK_MANAGER, classpath, taskManagerMemory));

        awaitCondition("the REST endpoint at " + restUrl, timeout, () -> {
            probe.clusterOverview();
            return true;
        });
        Duration restReady = Duration.ofNanos(System.nanoTime() - launched);
        awaitCondition("a TaskManager with " + taskSlots + " slots to register", timeout, () -> {
            List<TaskManagerInfo> taskManagers = probe.taskManagers();
            return taskManagers.size() == 1 && taskManagers.get(0).slots() == taskSlots;
        });
        startupTimes = new StartupTimes(restReady, Duration.ofNanos(System.nanoTime() - launched));
        System.out.printf("[LocalFlinkCluster] %s up: REST after %d ms, TaskManager registered after %d ms (%s)%n",
                restUrl, restReady.toMillis(), startupTimes.taskManagerRegistered().toMillis(), layout.workDir());
    }

    private ProcessBuilder processBuilder(Component component, String classpath, MemoryParams memory) {
        return new ProcessBuilder(FlinkJvmOptions.command(component, classpath, layout, memory, config))
                .directory(layout.workDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(layout.outFile(component.processName).toFile());
    }

    /** Polls {@code condition} (a FlinkClusterException counts as "not yet") while both JVMs live. */
    private void awaitCondition(String what, Duration timeout, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "none";
        while (true) {
            if (!jobManager.isAlive() || !taskManager.isAlive()) {
                throw new IllegalStateException("A Flink JVM died while waiting for " + what + ".\n" + logTails());
            }
            try {
                if (condition.get()) {
                    return;
                }
            } catch (FlinkClusterException e) {
                lastProblem = e.getMessage();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what
                        + " (last problem: " + lastProblem + ").\n" + logTails());
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(ClusterLayout.LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    /** Options for a test cluster. */
    public static final class Builder {

        private int taskSlots = 2;
        private Duration startupTimeout = Duration.ofMinutes(3);
        private final Map<String, String> config = new LinkedHashMap<>();

        private Builder() {}

        public Builder taskSlots(int taskSlots) {
            if (taskSlots < 1) {
                throw new IllegalArgumentException("taskSlots must be >= 1");
            }
            this.taskSlots = taskSlots;
            return this;
        }

        /** How long each phase (REST up, TaskManager registered) may take; the machine is shared. */
        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = startupTimeout;
            return this;
        }

        /**
         * Any extra config.yaml entry, e.g. {@code config("execution.checkpointing.interval", "1s")};
         * {@code env.java.opts.*} also reach the JVMs' command lines, as Flink's start scripts put them.
         */
        public Builder config(String key, String value) {
            config.put(key, value);
            return this;
        }

        /** A port set with {@link #config}, else a free one (not {@code avoid}). */
        private int portFromConfigOrFree(String key, int avoid) throws IOException {
            if (config.containsKey(key)) {
                return Integer.parseInt(config.get(key));
            }
            int port = freePort();
            while (port == avoid) {
                port = freePort();
            }
            return port;
        }

        /** Resolves the classpath (Maven, cached), writes the config and starts both JVMs; waits until usable. */
        public LocalFlinkCluster start() throws IOException {
            Path home = Path.of(System.getProperty("talentwatch.home", System.getProperty("user.dir")));
            String classpath = FlinkClusterClasspath.resolve(home);
            ClusterLayout layout = ClusterLayout.create(home.resolve("target/flink-cluster"));
            int rpcPort = portFromConfigOrFree("jobmanager.rpc.port", -1);
            int restPort = portFromConfigOrFree("rest.port", rpcPort);
            FlinkClusterConfig.write(layout, rpcPort, restPort, taskSlots, config);
            LocalFlinkCluster cluster = new LocalFlinkCluster(layout, restPort, taskSlots, config);
            try {
                cluster.launch(classpath, startupTimeout);
                return cluster;
            } catch (RuntimeException | IOException | Error e) {
                cluster.close();
                throw e;
            }
        }
    }
}
