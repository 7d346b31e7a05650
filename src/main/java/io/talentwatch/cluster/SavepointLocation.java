package io.talentwatch.cluster;

import java.util.Objects;

/** Where a savepoint was written, as the cluster names it, e.g. {@code file:/sp/savepoint-5a1b2c-0123456789ab}. */
public record SavepointLocation(String path) {

    public SavepointLocation {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("Savepoint path is blank");
        }
    }

    @Override
    public String toString() {
        return path;
    }
}
