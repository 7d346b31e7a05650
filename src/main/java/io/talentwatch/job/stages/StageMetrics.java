package io.talentwatch.job.stages;

import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;

/**
 * The job's own metrics, kept in one metric group named {@value #GROUP} under each operator so that
 * they are easy to find among Flink's (Prometheus: {@code flink_taskmanager_job_task_operator_talentwatch_<name>}).
 * Each counter has a meter beside it, {@code <name>PerSecond}: its rate over the last minute, so an
 * alert can watch a flow without differentiating the count itself.
 */
public final class StageMetrics {
    public static final String GROUP = "talentwatch";

    private StageMetrics() {}

    /** Registers the counter {@code name} and its meter {@code namePerSecond}; returns the counter to increment. */
    public static Counter countedAndMetered(RuntimeContext context, String name) {
        MetricGroup group = context.getMetricGroup().addGroup(GROUP);
        Counter counter = group.counter(name);
        group.meter(name + "PerSecond", new MeterView(counter));
        return counter;
    }
}
