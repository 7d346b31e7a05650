package io.talentwatch.cli;

import io.talentwatch.cluster.CheckpointStatus;
import io.talentwatch.cluster.JobDetails;
import io.talentwatch.cluster.JobSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The text {@code talentwatch status} prints: a table of all jobs, or one job in detail. */
final class JobStatusReport {
    private JobStatusReport() {}

    static String table(List<JobSummary> jobs) {
        if (jobs.isEmpty()) {
            return "no jobs on the cluster\n";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-32s  %-12s  %-20s  %-10s  %s%n",
                "JOB ID", "STATE", "STARTED", "DURATION", "NAME"));
        jobs.stream()
                .sorted(Comparator.comparing((JobSummary job) -> job.startTime().orElse(Instant.EPOCH)).reversed())
                .forEach(job -> out.append(String.format(Locale.ROOT, "%-32s  %-12s  %-20s  %-10s  %s%n",
                        job.id(), job.state(), job.startTime().map(JobStatusReport::time).orElse("-"),
                        duration(job.duration()), job.name())));
        return out.toString();
    }

    static String detail(JobDetails job, CheckpointStatus checkpoints, Instant now) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %s%n", "job", job.name()));
        out.append(String.format(Locale.ROOT, "%-12s %s%n", "id", job.id()));
        out.append(String.format(Locale.ROOT, "%-12s %s%n", "state", job.state()));
        out.append(String.format(Locale.ROOT, "%-12s %s%n", "started", job.startTime()
                .map(start -> time(start) + (job.state().isGloballyTerminal() ? " (ran " : " (running for ")
                        + duration(job.duration()) + ")")
                .orElse("-")));
        out.append(String.format(Locale.ROOT, "%-12s %d%n", "parallelism", job.parallelism()));
        out.append(String.format(Locale.ROOT, "%-12s %s%n", "checkpoint", checkpoints.latestCompleted()
                .map(c -> "#" + c.id() + " at " + time(c.completedAt()) + " (" + duration(Duration.between(c.completedAt(), now))
                        + " ago) " + c.externalPath())
                .orElse("none completed yet")
                + (checkpoints.failed() > 0 ? "; " + checkpoints.failed() + " failed" : "")));
        out.append(String.format(Locale.ROOT, "%-12s %s%n", "restored", checkpoints.restored()
                .map(r -> (r.savepoint() ? "savepoint " : "checkpoint #" + r.checkpointId() + " ") + r.externalPath())
                .orElse("no (fresh start)")));
        return out.toString();
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** 2h05m, 3m12s, 40s: enough to read at a glance. */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        if (seconds < 86400) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%dd%02dh", seconds / 86400, seconds % 86400 / 3600);
    }
}
