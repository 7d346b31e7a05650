package io.talentwatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Lays out a private Elasticsearch installation in a work directory: a copy of the distribution
 * (so it can be handed to the unprivileged user and get our plugin), its own config, data, logs
 * and tmp. The shared distribution under target/ is never written to.
 */
final class ElasticsearchWorkDir {

    final Path root;
    final Path home;
    final Path config;
    final Path data;
    final Path logs;
    final Path tmp;
    final Path pidFile;
    final Path console;
    final String clusterName;

    private ElasticsearchWorkDir(Path root, String clusterName) {
        this.root = root;
        this.home = root.resolve("elasticsearch");
        this.config = root.resolve("config");
        this.data = root.resolve("data");
        this.logs = root.resolve("logs");
        this.tmp = root.resolve("tmp");
        this.pidFile = root.resolve("elasticsearch.pid");
        this.console = root.resolve("console.log");
        this.clusterName = clusterName;
    }

    static ElasticsearchWorkDir prepare(Path root, Path distribution, Path plugin, int httpPort, String heap)
            throws IOException {
        return prepare(root, distribution, plugin, httpPort, heap, null);
    }

    /** With {@code security} null the node is open (plain http, no users), as the demo and most tests use it. */
    static ElasticsearchWorkDir prepare(Path root, Path distribution, Path plugin, int httpPort, String heap,
                                        ElasticsearchSecurity security) throws IOException {
        // A name of its own lets the readiness check tell our node from anything else on the port.
        String clusterName = "talentwatch-local-" + Long.toHexString(System.nanoTime() & 0xffffffL);
        ElasticsearchWorkDir dir = new ElasticsearchWorkDir(root, clusterName);
        WorkDirs.copyTree(distribution, dir.home);
        WorkDirs.copyTree(plugin, dir.home.resolve("plugins").resolve(plugin.getFileName()));
        WorkDirs.copyTree(distribution.resolve("config"), dir.config);
        for (Path path : List.of(dir.data, dir.logs, dir.tmp)) {
            Files.createDirectories(path);
        }
        Files.writeString(dir.config.resolve("elasticsearch.yml"), dir.settings(httpPort, security != null)
                + (security == null ? "" : dir.securitySettings(security)));
        Files.createDirectories(dir.config.resolve("jvm.options.d"));
        Files.writeString(dir.config.resolve("jvm.options.d").resolve("talentwatch-heap.options"),
                "-Xms" + heap + "\n-Xmx" + heap + "\n");
        if (security != null) {
            dir.addUser(security);
        }
        if (Unprivileged.runningAsRoot()) {
            WorkDirs.chown(root, Unprivileged.NOBODY, Unprivileged.NOBODY);
        }
        return dir;
    }

    private String settings(int httpPort, boolean secured) {
        return String.join("\n",
                "# Written by io.talentwatch.local.LocalElasticsearch: a throwaway single-node test cluster.",
                "cluster.name: " + clusterName,
                "node.name: talentwatch-local",
                "discovery.type: single-node",
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "path.data: " + data,
                "path.logs: " + logs,
                // Off unless asked for (then securitySettings adds it): the demo and most tests use plain http.
                secured ? "" : "xpack.security.enabled: false",
                // A nearly full shared disk must not turn the indices read-only under the tests.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                // Tests and the demo clean up with wildcards.
                "action.destructive_requires_name: false",
                "");
    }

    /** Appended to the settings of a secured node (Elasticsearch refuses a key given twice). */
    private String securitySettings(ElasticsearchSecurity security) throws IOException {
        Files.copy(security.certificate(), config.resolve("http.crt"));
        Files.copy(security.privateKey(), config.resolve("http.key"));
        return String.join("\n",
                "xpack.security.enabled: true",
                "xpack.security.http.ssl.enabled: true",
                "xpack.security.http.ssl.certificate: http.crt",
                "xpack.security.http.ssl.key: http.key",
                // Single node on loopback: no transport TLS is needed (no other node ever joins).
                "xpack.security.transport.ssl.enabled: false",
                "");
    }

    /**
     * One file-realm user, added with the distribution's own {@code elasticsearch-users} (it hashes
     * the password with bcrypt); the password is on that tool's command line, which is acceptable
     * for a throwaway test node and never done for a real deployment.
     */
    private void addUser(ElasticsearchSecurity security) throws IOException {
        Files.writeString(config.resolve("roles.yml"), ElasticsearchSecurity.ROLES_YAML);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/elasticsearch-users").toString(), "useradd",
                security.login().username(), "-p", security.login().password().reveal(), "-r", ElasticsearchSecurity.ROLE);
        builder.environment().put("ES_PATH_CONF", config.toString());
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("elasticsearch-users useradd failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while adding the Elasticsearch user", e);
        }
    }

    /** The plain-text server log (the JSON one sits next to it). */
    Path serverLog() {
        return logs.resolve(clusterName + ".log");
    }
}
