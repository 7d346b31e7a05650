package io.talentwatch.job.stages;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.detect.KeyState;
import io.talentwatch.detect.Outcome;
import io.talentwatch.detect.SpikeDetector;
import io.talentwatch.model.Spike;
import io.talentwatch.model.WindowStat;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Stage 6: each company's windows judged against its own baseline, kept in keyed state. */
public final class SpikeStage extends KeyedProcessFunction<String, WindowStat, Spike> {
    private final SpikeDetector detector;
    private transient ValueState<KeyState> baseline;
    private transient Counter spikes;

    public SpikeStage(JobDefinition job) {
        this.detector = new SpikeDetector(job.spikes(), job.windows().slide());
    }

    @Override
    public void open(OpenContext context) {
        baseline = getRuntimeContext().getState(new ValueStateDescriptor<>("baseline", KeyState.class));
        spikes = getRuntimeContext().getMetricGroup().counter("spikes");
    }

    @Override
    public void processElement(WindowStat window, Context context, Collector<Spike> out) throws Exception {
        KeyState history = baseline.value();
        Outcome outcome = detector.observe(history == null ? detector.start() : history,
                window.windowEnd().toEpochMilli(), window.mentions());
        baseline.update(outcome.next());
        if (outcome.judgement().flagged()) {
            spikes.inc();
            out.collect(new Spike(window.companyId(), window.windowStart(), window.windowEnd(), window.mentions(),
                    outcome.judgement().expected(), outcome.judgement().pValue(), outcome.judgement().score()));
        }
    }
}
