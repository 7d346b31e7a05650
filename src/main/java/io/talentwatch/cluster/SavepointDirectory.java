package io.talentwatch.cluster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a cluster writes savepoints by default, read from its configuration. */
public final class SavepointDirectory {

    /** Flink 1.20's key first, then the name it had before 1.20 (still honoured). */
    public static final List<String> CONFIG_KEYS = List.of("execution.checkpointing.savepoint-dir", "state.savepoints.dir");

    private SavepointDirectory() {}

    public static Optional<String> configured(Map<String, String> clusterConfig) {
        return CONFIG_KEYS.stream()
                .map(clusterConfig::get)
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }

    /**
     * The directory a stop writes to: the one the user gave, else the cluster's default.
     *
     * @throws IllegalArgumentException naming the option and the config keys when there is neither
     */
    public static String choose(Optional<String> given, Map<String, String> clusterConfig, String option, String cluster) {
        return given.filter(dir -> !dir.isBlank())
                .or(() -> configured(clusterConfig))
                .orElseThrow(() -> new IllegalArgumentException("No " + option + " DIR given and the Flink cluster at "
                        + cluster + " has no default savepoint directory (" + String.join(" or ", CONFIG_KEYS)
                        + "); pass " + option + " DIR, a directory the cluster can write, e.g. s3://bucket/savepoints"));
    }
}
