package io.talentwatch.job.stages;

import io.talentwatch.feed.DedupKeys;
import io.talentwatch.model.Mention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Lets one mention per key through: another with the same key, published within {@code bound}
 * of the first (before or after it, by the items' own times), is a copy and leaves by
 * {@link #COPIES}. A later version of the first itself (same document id: an edit, a re-delivery)
 * is not a copy and passes. Which one is first must not depend on which Kafka partition was read
 * first, or a replay would count a story in different windows from run to run: a mention waits until the
 * watermark passes its time, and the earliest (then the smallest id) wins. A late mention is
 * decided on arrival. The watermark trails the newest item by the out-of-orderness bound, minutes
 * of wall-clock time on a live feed, so a mention that has waited {@code flushAfter} of processing
 * time is decided then (the earliest of those waiting first), unless event time ran more than twice
 * as fast as the clock meanwhile: that is a replay catching up, and its watermark decides soon,
 * the same way at any such speed. A stopped watermark (quiet feeds) is flushed the same way.
 * The first's time is forgotten {@code bound} of event time after it, which bounds the state.
 * Keys that never match (no URL, no title) pass at once, without state.
 */
public final class FirstSeen extends KeyedProcessFunction<String, Mention, Mention> {
    public static final OutputTag<Mention> COPIES = new OutputTag<>("copies") {};
    private static final Comparator<Mention> EARLIEST_FIRST = Comparator
            .comparing((Mention m) -> m.document().published()).thenComparing(m -> m.document().id());

    private final String what;
    private final long boundMillis;
    private final long flushAfterMillis;
    private transient ValueState<Long> first;
    private transient ValueState<String> firstId;
    private transient ListState<Mention> waiting;
    private transient ValueState<Long> watermarkAtArming; // the watermark when the pending flush was armed: how fast event time runs
    private transient ValueState<Long> flushAt; // that timer's time; null: none pending
    private transient Counter copies;

    /** @param what the metric's subject: {@code duplicates<What>} counts the copies */
    public FirstSeen(String what, Duration bound, Duration flushAfter) {
        this.what = what;
        this.boundMillis = bound.toMillis();
        this.flushAfterMillis = flushAfter.toMillis();
    }

    @Override
    public void open(OpenContext context) {
        first = getRuntimeContext().getState(new ValueStateDescriptor<>("first-" + what, Long.class));
        firstId = getRuntimeContext().getState(new ValueStateDescriptor<>("first-id-" + what, String.class));
        waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting-" + what, Mention.class));
        watermarkAtArming = getRuntimeContext().getState(new ValueStateDescriptor<>("quiet-since-" + what, Long.class)); // the name savepoints know
        flushAt = getRuntimeContext().getState(new ValueStateDescriptor<>("flush-at-" + what, Long.class));
        copies = StageMetrics.countedAndMetered(getRuntimeContext(), "duplicates" + Character.toUpperCase(what.charAt(0)) + what.substring(1));
    }

    @Override
    public void processElement(Mention mention, Context context, Collector<Mention> out) throws Exception {
        if (DedupKeys.isUnique(context.getCurrentKey())) {
            out.collect(mention);
            return;
        }
        long time = mention.document().published().toEpochMilli();
        if (time <= context.timerService().currentWatermark()) {
            decide(mention, context.timerService(), context, out);
            return;
        }
        waiting.add(mention);
        context.timerService().registerEventTimeTimer(time);
        if (flushAt.value() == null) {
            armFlush(context.timerService());
        }
    }

    private void armFlush(TimerService timers) throws Exception {
        long at = timers.currentProcessingTime() + flushAfterMillis;
        watermarkAtArming.update(timers.currentWatermark());
        flushAt.update(at);
        timers.registerProcessingTimeTimer(at);
    }

    private void disarmFlush(TimerService timers) throws Exception {
        Long at = flushAt.value();
        if (at != null) {
            timers.deleteProcessingTimeTimer(at);
        }
        watermarkAtArming.clear();
        flushAt.clear();
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Mention> out) throws Exception {
        boolean flush = context.timeDomain() == TimeDomain.PROCESSING_TIME;
        if (flush) {
            Long since = watermarkAtArming.value();
            if (!Long.valueOf(timestamp).equals(flushAt.value())) {
                return; // not the pending flush (set before a restore, or already replaced)
            }
            if (replaying(since, context.timerService().currentWatermark())) {
                armFlush(context.timerService()); // event time runs ahead of the clock: let the watermark decide
                return;
            }
            watermarkAtArming.clear();
            flushAt.clear();
        }
        List<Mention> due = new ArrayList<>();
        List<Mention> later = new ArrayList<>();
        for (Mention mention : waiting.get()) {
            (flush || mention.document().published().toEpochMilli() <= timestamp ? due : later).add(mention);
        }
        if (!due.isEmpty()) {
            waiting.update(later);
            due.sort(EARLIEST_FIRST);
            for (Mention mention : due) {
                decide(mention, context.timerService(), context, out);
            }
            if (later.isEmpty()) {
                disarmFlush(context.timerService());
            }
        }
        Long seen = first.value();
        if (!flush && seen != null && timestamp > seen + boundMillis) {
            first.clear();
            firstId.clear();
        }
    }

    /** Whether the watermark went from {@code since} to {@code now} faster than twice the flush delay. */
    private boolean replaying(long since, long now) {
        if (since == Long.MIN_VALUE) {
            return now != Long.MIN_VALUE; // its first step, from nothing: pace unknown yet, wait once more
        }
        return now - since > 2 * flushAfterMillis;
    }

    private void decide(Mention mention, TimerService timers, Context context, Collector<Mention> out)
            throws Exception {
        long time = mention.document().published().toEpochMilli();
        Long seen = first.value();
        if (seen != null && mention.document().id().equals(firstId.value())) {
            out.collect(mention);
            return;
        }
        if (seen != null && Math.abs(time - seen) <= boundMillis) {
            copies.inc();
            context.output(COPIES, mention);
            return;
        }
        if (seen != null && time < seen) {
            // An older story, come later than the bound: it counts, and the newer first stays remembered
            // (replacing it would set an expiry the watermark has already passed, and forget both at once).
            out.collect(mention);
            return;
        }
        if (seen != null) {
            timers.deleteEventTimeTimer(seen + boundMillis + 1);
        }
        first.update(time);
        firstId.update(mention.document().id());
        timers.registerEventTimeTimer(time + boundMillis + 1);
        out.collect(mention);
    }
}
