package io.talentwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The ingester's records kept in memory, in the order sent. */
final class RecordingOutput implements IngestOutput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<OutgoingRecord> records = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger refuse = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger sends = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger flushes = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int refusedSend;

    @Override
    public void send(OutgoingRecord record, Consumer<Exception> onFailure) {
        int number = sends.incrementAndGet();
        if (refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || number == refusedSend) {
            onFailure.accept(new org.apache.kafka.common.errors.TimeoutException("refused by the test"));
            return;
        }
        records.add(record);
    }

    /** The next {@code n} records fail as Kafka would report a lost record. */
    void refuseNext(int n) {
        refuse.set(n);
    }

    /** The {@code n}th record sent (counting from 1) fails. */
    void refuseSend(int n) {
        refusedSend = n;
    }

    @Override
    public void flush() {
        flushes.incrementAndGet();
    }

    int flushes() {
        return flushes.get();
    }

    @Override
    public void close() {}

    List<OutgoingRecord> records() {
        return List.copyOf(records);
    }

    List<OutgoingRecord> on(String topic) {
        return records.stream().filter(r -> r.topic().equals(topic)).toList();
    }

    static JsonNode json(OutgoingRecord record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(OutgoingRecord record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }
}
