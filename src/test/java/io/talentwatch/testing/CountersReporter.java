package io.talentwatch.testing;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * A Flink metrics reporter for tests: it remembers every counter a job registers, so a test can
 * read what an operator counted (e.g. late mentions) the way an operator's dashboard would. Sums
 * over the subtasks of an operator by counter name.
 */
public final class CountersReporter implements MetricReporter {
    /** The {@code metrics.reporter.<name>.factory.class} value that installs it. */
    public static final String FACTORY = Factory.class.getName();

    private static final Map<Counter, String> COUNTERS = new ConcurrentHashMap<>();

    /** The sum of every registered counter with this name, across operators and subtasks. */
    public static long total(String name) {
        return COUNTERS.entrySet().stream().filter(e -> e.getValue().equals(name)).mapToLong(e -> e.getKey().getCount()).sum();
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        if (metric instanceof Counter counter) {
            COUNTERS.put(counter, name);
        }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        // Kept: a test reads the counts after the job is gone too.
    }

    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new CountersReporter();
        }
    }
}
