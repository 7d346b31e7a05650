package io.talentwatch.cluster;

import java.util.Objects;
import java.util.regex.Pattern;

/** A Flink job id: 32 lower-case hex digits. */
public record JobId(String value) {

    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");

    public JobId {
        Objects.requireNonNull(value, "value");
        if (!HEX32.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a Flink job id (32 hex digits): '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
