package io.talentwatch.cluster.testjob;

import java.util.Arrays;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The job FlinkRestClientIT submits, packed into its own small jar at test time. It uses Flink only:
 * the test cluster has nothing else on its classpath. Runs until cancelled.
 */
public final class RunUntilCancelledJob {

    public static final String MARKER_FLAG = "--marker";
    public static final String JOB_NAME_PREFIX = "run-until-cancelled-";
    public static final String USAGE = "RunUntilCancelledJob expects '--marker <value>'";

    private RunUntilCancelledJob() {}

    public static void main(String[] args) throws Exception {
        // Checked in main, so a wrong argument list fails the REST run call itself.
        if (args.length != 2 || !MARKER_FLAG.equals(args[0]) || args[1].isBlank()) {
            throw new IllegalArgumentException(USAGE + ", got " + Arrays.toString(args));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(0, Long.MAX_VALUE).map(new Throttle()).sinkTo(new DiscardingSink<>());
        // The name carries the marker so the test can see the argument arrived.
        env.execute(JOB_NAME_PREFIX + args[1]);
    }

    /** Keeps the CPU of a shared machine idle: about 100 records a second. */
    static final class Throttle implements MapFunction<Long, Long> {
        @Override
        public Long map(Long value) throws InterruptedException {
            Thread.sleep(10);
            return value;
        }
    }
}
