package io.talentwatch.ingest;

/**
 * One record for a Kafka topic.
 *
 * @param timestamp the record time in epoch milliseconds (the item's own time), or null to let the producer stamp it
 */
public record OutgoingRecord(String topic, byte[] key, Long timestamp, byte[] value) {}
