package io.talentwatch.cluster;

import io.talentwatch.job.TalentWatchJob;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which job on a cluster a command means: the job of a job definition (Flink job name
 * {@code talentwatch: <definition name>}) or one job id. One place for the rules, so {@code submit},
 * {@code status}, {@code stop} and {@code upgrade} agree on them.
 */
public sealed interface JobSelector {

    /** The job a definition runs as: its name is {@code talentwatch: <definitionName>}. */
    record ByDefinitionName(String definitionName) implements JobSelector {
        public ByDefinitionName {
            Objects.requireNonNull(definitionName, "definitionName");
        }

        @Override
        public boolean matches(JobSummary job) {
            return job.name().equals(TalentWatchJob.jobName(definitionName));
        }

        @Override
        public String describe() {
            return "job '" + TalentWatchJob.jobName(definitionName) + "'";
        }
    }

    /** Exactly this job, whatever its name. */
    record ById(JobId jobId) implements JobSelector {
        public ById {
            Objects.requireNonNull(jobId, "jobId");
        }

        @Override
        public boolean matches(JobSummary job) {
            return job.id().equals(jobId);
        }

        @Override
        public String describe() {
            return "job " + jobId;
        }
    }

    static JobSelector byDefinitionName(String definitionName) {
        return new ByDefinitionName(definitionName);
    }

    static JobSelector byId(JobId jobId) {
        return new ById(jobId);
    }

    boolean matches(JobSummary job);

    /** For messages: {@code job 'talentwatch: x'} or {@code job <id>}. */
    String describe();

    /** The matching job that is not over yet (running, starting, restarting), if any; two of them is an error. */
    default Optional<JobSummary> findActive(List<JobSummary> jobs) {
        List<JobSummary> active = jobs.stream()
                .filter(this::matches)
                .filter(job -> !job.state().isGloballyTerminal())
                .toList();
        if (active.size() > 1) {
            throw new NoSuchJobException("More than one " + describe() + " is active: " + list(active)
                    + "; name one with --job-id");
        }
        return active.stream().findFirst();
    }

    /** The matching job that is not over yet; fails naming the job and what the cluster does run. */
    default JobSummary active(List<JobSummary> jobs, String cluster) {
        return findActive(jobs).orElseThrow(() -> new NoSuchJobException(notFound(jobs, cluster, true)));
    }

    /** The active matching job, else the one started last (a FINISHED job after a stop, say). */
    default JobSummary latest(List<JobSummary> jobs, String cluster) {
        Optional<JobSummary> active = findActive(jobs);
        if (active.isPresent()) {
            return active.get();
        }
        return jobs.stream()
                .filter(this::matches)
                .max(Comparator.comparing((JobSummary job) -> job.startTime().orElse(Instant.EPOCH)))
                .orElseThrow(() -> new NoSuchJobException(notFound(jobs, cluster, false)));
    }

    private String notFound(List<JobSummary> jobs, String cluster, boolean activeOnly) {
        String what = (activeOnly ? "No active " : "No ") + describe() + " on the Flink cluster at " + cluster;
        List<JobSummary> others = activeOnly
                ? jobs.stream().filter(job -> !job.state().isGloballyTerminal()).toList()
                : jobs;
        return what + (others.isEmpty() ? " (it runs no " + (activeOnly ? "active " : "") + "jobs)"
                : "; it has: " + list(others));
    }

    private static String list(List<JobSummary> jobs) {
        return jobs.stream()
                .map(job -> "'" + job.name() + "' " + job.id() + " " + job.state())
                .collect(Collectors.joining(", "));
    }
}
