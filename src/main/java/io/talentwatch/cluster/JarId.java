package io.talentwatch.cluster;

import java.util.Objects;

/** The id Flink gives an uploaded jar: the last path segment of the stored file, e.g. {@code 6659..._job.jar}. */
public record JarId(String value) {

    public JarId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.contains("/")) {
            throw new IllegalArgumentException("Not a Flink jar id: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
