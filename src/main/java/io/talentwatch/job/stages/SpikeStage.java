package io.talentwatch.job.stages;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.detect.Baseline;
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
    private transient ValueState<Baseline> baseline;
    private transient Counter spikes;

    public SpikeStage(JobDefinition job) {
        this.detector = new SpikeDetector(job.spikes(), job.windows().slide().toMillis());
    }

    @Override
    public void open(OpenContext context) {
        baseline = getRuntimeContext().getState(new ValueStateDescriptor<>("baseline", Baseline.class));
        spikes = getRuntimeContext().getMetricGroup().counter("spikes");
    }

    @Override
    public void processElement(WindowStat window, Context context, Collector<Spike> out) throws Exception {
        Baseline history = baseline.value();
        SpikeDetector.Verdict verdict = detector.judge(history == null ? detector.emptyBaseline() : history, window);
        baseline.update(verdict.next());
        verdict.spike().ifPresent(spike -> {
            spikes.inc();
            out.collect(spike);
        });
    }
}
