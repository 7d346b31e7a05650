package io.talentwatch.cluster.testjob;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** Fails on its first record with a message naming its argument; without checkpointing Flink does not restart it. */
public final class FailingJob {

    public static final String FAILURE_PREFIX = "FailingJob failed on purpose: ";

    private FailingJob() {}

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 10).map(new Fail(args.length > 0 ? args[0] : "")).sinkTo(new DiscardingSink<>());
        env.execute("failing-job");
    }

    static final class Fail implements MapFunction<Long, Long> {
        private final String reason;

        Fail(String reason) {
            this.reason = reason;
        }

        @Override
        public Long map(Long value) {
            throw new IllegalStateException(FAILURE_PREFIX + reason);
        }
    }
}
