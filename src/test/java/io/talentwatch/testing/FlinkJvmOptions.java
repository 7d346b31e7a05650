package io.talentwatch.testing;

import io.talentwatch.local.ChildJvm;
import io.talentwatch.local.LogTail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The command line Flink's start scripts would run for a JobManager or TaskManager. */
final class FlinkJvmOptions {

    /** {@code env.java.opts.all} of Flink 1.20's default config.yaml: what Flink needs on JDK 17. */
    private static final List<String> JDK17_OPENS = List.of(
            "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
            "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED",
            "--add-opens=java.base/java.time=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

    private static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

    /**
     * Memory settings computed by Flink from config.yaml, as the start scripts get them.
     *
     * @param jvmArgs heap, direct and metaspace limits ({@code -Xmx... -Xms... -XX:...})
     * @param dynamicConfigs {@code -D key=value} program arguments pinning the memory components
     */
    record MemoryParams(List<String> jvmArgs, List<String> dynamicConfigs) {}

    enum Component {
        JOB_MANAGER("jobmanager", "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
                "GET_JM_RESOURCE_PARAMS"),
        TASK_MANAGER("taskmanager", "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
                "GET_TM_RESOURCE_PARAMS");

        /** Names its log files, as in Flink's own {@code log/} directory. */
        final String processName;
        final String mainClass;
        final String bashJavaUtilsCommand;

        Component(String processName, String mainClass, String bashJavaUtilsCommand) {
            this.processName = processName;
            this.mainClass = mainClass;
            this.bashJavaUtilsCommand = bashJavaUtilsCommand;
        }
    }

    private FlinkJvmOptions() {}

    /** The JVM of {@code component}, logging to {@code layout.logFile(component.processName)}. */
    static List<String> command(Component component, String classpath, ClusterLayout layout, MemoryParams memory,
                                Map<String, String> config) {
        List<String> jvmOptions = new ArrayList<>(memory.jvmArgs());
        jvmOptions.addAll(JDK17_OPENS);
        jvmOptions.addAll(configuredOptions(component, config));
        jvmOptions.add("-Dlog.file=" + layout.logFile(component.processName));
        jvmOptions.add("-Dlog4j.configurationFile=" + layout.confDir().resolve(FlinkClusterConfig.LOG4J_FILE).toUri());
        List<String> arguments = new ArrayList<>(List.of("--configDir", layout.confDir().toString()));
        arguments.addAll(memory.dynamicConfigs());
        return ChildJvm.command(jvmOptions, classpath, component.mainClass, arguments);
    }

    /**
     * {@code env.java.opts.all} and {@code env.java.opts.jobmanager|taskmanager} of the cluster's
     * config, which Flink's start scripts put on the command line (a trust store, as docs/security.md tells
     * operators to set it).
     */
    static List<String> configuredOptions(Component component, Map<String, String> config) {
        List<String> options = new ArrayList<>();
        for (String key : List.of("env.java.opts.all", "env.java.opts." + component.processName)) {
            String value = config.getOrDefault(key, "").strip();
            if (!value.isEmpty()) {
                options.addAll(List.of(value.split("\\s+")));
            }
        }
        return options;
    }

    /** Runs {@code BashJavaUtils}, as jobmanager.sh and taskmanager.sh do; a TaskManager does not size itself. */
    static MemoryParams memoryParams(Component component, String classpath, Path confDir, Path logDir)
            throws IOException {
        Path output = logDir.resolve("bash-java-utils-" + component.name().toLowerCase() + ".out");
        Process process = new ProcessBuilder(ChildJvm.command(List.of(), classpath,
                        "org.apache.flink.runtime.util.bash.BashJavaUtils",
                        List.of(component.bashJavaUtilsCommand, "--configDir", confDir.toString())))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("BashJavaUtils " + component.bashJavaUtilsCommand + " hung; see " + output);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while computing Flink memory parameters", e);
        }
        List<String> results = Files.readAllLines(output).stream()
                .filter(line -> line.startsWith(RESULT_PREFIX))
                .map(line -> line.substring(RESULT_PREFIX.length()).strip())
                .toList();
        if (process.exitValue() != 0 || results.size() < 2) {
            throw new IOException("BashJavaUtils " + component.bashJavaUtilsCommand + " failed (exit "
                    + process.exitValue() + ")" + LogTail.of(30, output));
        }
        // The last two result lines are the JVM parameters, then the dynamic configs.
        return new MemoryParams(
                splitOnSpaces(results.get(results.size() - 2)), splitOnSpaces(results.get(results.size() - 1)));
    }

    private static List<String> splitOnSpaces(String line) {
        return new ArrayList<>(Arrays.stream(line.split(" +")).filter(part -> !part.isEmpty()).toList());
    }
}
