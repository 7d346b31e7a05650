package io.talentwatch.job.source;

import java.io.Serializable;

/** A Kafka record as it arrived, before any parsing, so a bad one can be dead-lettered byte for byte. */
public record RawRecord(String topic, int partition, long offset, long timestamp, byte[] value) implements Serializable {

    /** Where it came from, as dead letters cite it. */
    public String origin() {
        return topic + "/" + partition + "@" + offset;
    }
}
