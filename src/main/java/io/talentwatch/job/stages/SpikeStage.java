package io.talentwatch.job.stages;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.detect.Episode;
import io.talentwatch.detect.KeyState;
import io.talentwatch.detect.Outcome;
import io.talentwatch.detect.Phase;
import io.talentwatch.detect.SpikeDetector;
import io.talentwatch.model.Spike;
import io.talentwatch.model.WindowStat;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Stage 6: each series' windows, one per slide, judged by the {@link SpikeDetector} against the
 * series' own baseline; an update of a spike goes out whenever it opens, grows, passes its peak or
 * closes. Everything runs on event time, so a replay at any speed gives the same spikes: a slide
 * with no window (no mentions) is a zero, seen through an event-time timer while a spike is open so
 * that it can close; a series with no window for {@code key-ttl} and no open spike is forgotten.
 */
public final class SpikeStage extends KeyedProcessFunction<String, WindowStat, Spike> {
    private final SpikeDetector detector;
    private final long slideMillis;
    private final long windowMillis;
    private final long ttlMillis;
    private transient ValueState<SeriesMemory> memory;
    private transient Counter spikesOpened;
    private transient Counter spikeUpdates;

    public SpikeStage(JobDefinition job) {
        this.detector = new SpikeDetector(job.spikes(), job.windows().slide());
        this.slideMillis = job.windows().slide().toMillis();
        this.windowMillis = job.windows().size().toMillis();
        this.ttlMillis = job.spikes().keyTtl().toMillis();
    }

    @Override
    public void open(OpenContext context) {
        memory = getRuntimeContext().getState(new ValueStateDescriptor<>("series-memory", SeriesMemory.class));
        spikesOpened = StageMetrics.countedAndMetered(getRuntimeContext(), "spikes");
        spikeUpdates = StageMetrics.countedAndMetered(getRuntimeContext(), "spikeUpdates");
    }

    @Override
    public void processElement(WindowStat window, Context context, Collector<Spike> out) throws Exception {
        long end = window.windowEnd().toEpochMilli();
        SeriesMemory before = catchUp(memory.value(), end, out);
        if (before == null) {
            before = SeriesMemory.start(window.series(), detector.start());
        }
        long lastBefore = before.detector().lastStepEnd();
        Outcome outcome = detector.observe(before.detector(), end, window.mentions());
        SeriesMemory after = before.withDetector(outcome.next());
        if (outcome.changed().isPresent()) {
            Episode episode = outcome.changed().get();
            if (episode.peak().stepEnd() == outcome.judgement().stepEnd()) {
                after = after.withPeak(window.explanation(), window.meanSentiment());
            }
            emit(episode, after, out);
        }
        if (outcome.next().lastStepEnd() > lastBefore) {
            after = after.withSentiment(window.meanSentiment()); // after judging: a spike does not set its own baseline
        }
        remember(after, lastBefore, context);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Spike> out) throws Exception {
        SeriesMemory current = memory.value();
        if (current == null) {
            return;
        }
        KeyState state = current.detector();
        if (state.hasOpenSpike() && timestamp == state.lastStepEnd() + slideMillis) {
            remember(zeroStep(current, timestamp, out), state.lastStepEnd(), context);
        } else if (expired(state, timestamp)) {
            memory.clear();
        }
    }

    /**
     * Brings a series up to the step before {@code until} as the timers would have, whether or not
     * they fired yet: a fast replay moves the watermark in big jumps, and the next window of a
     * series can arrive before the timers of the slides in between. Null when the series expired.
     */
    private SeriesMemory catchUp(SeriesMemory current, long until, Collector<Spike> out) throws Exception {
        while (current != null && current.detector().hasOpenSpike() && current.detector().lastStepEnd() + slideMillis < until) {
            current = zeroStep(current, current.detector().lastStepEnd() + slideMillis, out);
        }
        if (current != null && expired(current.detector(), until)) {
            memory.clear();
            return null;
        }
        return current;
    }

    /** A slide with no window (no mentions) while a spike is open: a zero, which may close it. */
    private SeriesMemory zeroStep(SeriesMemory current, long stepEnd, Collector<Spike> out) throws Exception {
        Outcome outcome = detector.observe(current.detector(), stepEnd, 0);
        SeriesMemory after = current.withDetector(outcome.next());
        if (outcome.changed().isPresent()) {
            emit(outcome.changed().get(), after, out);
        }
        return after;
    }

    private boolean expired(KeyState state, long at) {
        return !state.hasOpenSpike() && at >= state.lastStepEnd() + ttlMillis;
    }

    /** Stores the memory and sets the timers the next step needs. */
    private void remember(SeriesMemory after, long lastBefore, Context context) throws Exception {
        memory.update(after);
        long last = after.detector().lastStepEnd();
        if (after.detector().hasOpenSpike()) {
            context.timerService().registerEventTimeTimer(last + slideMillis);
        }
        if (last != lastBefore) {
            if (lastBefore != Long.MIN_VALUE) {
                context.timerService().deleteEventTimeTimer(lastBefore + ttlMillis);
            }
            context.timerService().registerEventTimeTimer(last + ttlMillis);
        }
    }

    private void emit(Episode episode, SeriesMemory memory, Collector<Spike> out) {
        if (episode.phase() == Phase.OPEN && episode.flaggedSteps() == 1 && episode.openedAt() == episode.updatedAt()) {
            spikesOpened.inc();
        }
        spikeUpdates.inc();
        out.collect(new Spike(memory.series(), episode, windowMillis, memory.peakExplanation(), memory.peakSentiment(),
                memory.baselineAtPeak()));
    }
}
