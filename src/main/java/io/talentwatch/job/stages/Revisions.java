package io.talentwatch.job.stages;

import io.talentwatch.feed.DocumentIds;
import io.talentwatch.feed.Retraction;
import io.talentwatch.model.Mention;
import io.talentwatch.model.Withdrawal;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Mentions and withdrawals keyed by document id, after deduplication. Every version of a mention
 * goes out to be indexed (main output, one channel, so the last version written is the last one
 * seen); only the first of an id is also counted ({@link #COUNTED}): a later one is an edit or a
 * re-delivery, which replaces the indexed document without counting again. A withdrawal marks the
 * document deleted ({@link #WITHDRAWN}) and drops whatever comes for that id afterwards.
 * An id is remembered for {@code memory} of event time after its item's own time. Deduplication
 * holds mentions back until the watermark passes them, so a withdrawal can come first: it is kept
 * for {@code waitForItem} of event time, and the item, if it comes, is dropped.
 */
public final class Revisions extends KeyedCoProcessFunction<String, Mention, Retraction, Mention> {
    public static final OutputTag<Mention> COUNTED = new OutputTag<>("counted-mentions") {};
    public static final OutputTag<Withdrawal> WITHDRAWN = new OutputTag<>("withdrawn-mentions") {};

    private final long memoryMillis;
    private final long waitForItemMillis;
    private transient ValueState<Long> published; // the first version's time: names its index, and when to forget
    private transient ValueState<Boolean> withdrawn;
    private transient Counter revised;
    private transient Counter withdrawals;
    private transient Counter unmatched;
    private transient Counter afterWithdrawal;

    public Revisions(Duration memory, Duration waitForItem) {
        this.memoryMillis = memory.toMillis();
        this.waitForItemMillis = waitForItem.toMillis();
    }

    /** The key of a retraction: the id its item's document has. */
    public static String key(Retraction retraction) {
        return DocumentIds.of(retraction);
    }

    @Override
    public void open(OpenContext context) {
        published = getRuntimeContext().getState(new ValueStateDescriptor<>("first-published", Long.class));
        withdrawn = getRuntimeContext().getState(new ValueStateDescriptor<>("withdrawn", Boolean.class));
        revised = StageMetrics.countedAndMetered(getRuntimeContext(), "mentionsRevised");
        withdrawals = StageMetrics.countedAndMetered(getRuntimeContext(), "mentionsWithdrawn");
        unmatched = StageMetrics.countedAndMetered(getRuntimeContext(), "withdrawalsUnmatched");
        afterWithdrawal = StageMetrics.countedAndMetered(getRuntimeContext(), "mentionsAfterWithdrawal");
    }

    @Override
    public void processElement1(Mention mention, Context context, Collector<Mention> out) throws Exception {
        if (Boolean.TRUE.equals(withdrawn.value())) {
            afterWithdrawal.inc();
            return;
        }
        out.collect(mention);
        if (published.value() != null) {
            revised.inc();
            return;
        }
        long time = mention.document().published().toEpochMilli();
        published.update(time);
        context.timerService().registerEventTimeTimer(time + memoryMillis);
        context.output(COUNTED, mention);
    }

    @Override
    public void processElement2(Retraction retraction, Context context, Collector<Mention> out) throws Exception {
        if (Boolean.TRUE.equals(withdrawn.value())) {
            return; // a re-delivered delete
        }
        withdrawn.update(true);
        Long first = published.value();
        if (first == null) {
            // Its item is still held back by deduplication, or was never a mention (it named no
            // watched company), or is forgotten: nothing indexed to mark; an item arriving soon is dropped.
            unmatched.inc();
            context.timerService().registerEventTimeTimer(retraction.at().toEpochMilli() + waitForItemMillis);
            return;
        }
        withdrawals.inc();
        context.output(WITHDRAWN, new Withdrawal(context.getCurrentKey(), retraction.source(),
                Instant.ofEpochMilli(first), retraction.at()));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Mention> out) {
        published.clear();
        withdrawn.clear();
    }
}
