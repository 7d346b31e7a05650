package io.talentwatch.cluster;

import java.util.Objects;

/**
 * Start a job from a savepoint or retained checkpoint.
 *
 * @param path the savepoint directory or {@code _metadata} file, as the JobManager sees it
 * @param allowNonRestoredState let the job start although some savepoint state maps to no operator
 *     (an operator was removed in the new job version)
 */
public record SavepointRestore(String path, boolean allowNonRestoredState) {

    public SavepointRestore {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("Savepoint path is blank");
        }
    }

    public static SavepointRestore of(String path) {
        return new SavepointRestore(path, false);
    }
}
