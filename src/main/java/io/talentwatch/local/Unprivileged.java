package io.talentwatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch refuses to run as root and has no switch for it. As root we run it as
 * nobody (uid/gid 65534) through setpriv, with a clean environment; otherwise as ourselves.
 */
final class Unprivileged {

    static final int NOBODY = 65534;

    private Unprivileged() {
    }

    static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** {@code command} with exactly {@code environment}, dropped to nobody when we are root. */
    static List<String> command(List<String> command, Map<String, String> environment) {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        // env -i: nothing of ours (JAVA_TOOL_OPTIONS, JAVA_HOME, ...) leaks into the service.
        full.add("env");
        full.add("-i");
        environment.forEach((key, value) -> full.add(key + "=" + value));
        full.addAll(command);
        return full;
    }
}
