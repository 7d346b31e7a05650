package io.talentwatch.cluster;

import java.util.Optional;

/** A job did not reach the wanted state: it timed out, or it ended in another terminal state. */
public class JobStateException extends FlinkClusterException {

    private final JobId jobId;
    private final JobState lastState;

    public JobStateException(JobId jobId, JobState lastState, String message) {
        super(message);
        this.jobId = jobId;
        this.lastState = lastState;
    }

    public JobId jobId() {
        return jobId;
    }

    /** The last state seen; empty if the job was never seen at all. */
    public Optional<JobState> lastState() {
        return Optional.ofNullable(lastState);
    }
}
