package io.talentwatch.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * A window whose count is improbably high against the company's baseline. {@code pValue} is the
 * tail probability of a count at least this high under the baseline; {@code score} = 1 - pValue.
 */
public record Spike(
        String companyId,
        Instant windowStart,
        Instant windowEnd,
        long count,
        double expected,
        double pValue,
        double score) implements Serializable {

    public String id() {
        return companyId + "@" + windowEnd.toEpochMilli();
    }
}
