package io.talentwatch.cluster;

/** A savepoint (or stop-with-savepoint) failed or did not complete in time; the job may still run. */
public class SavepointException extends FlinkClusterException {

    private final JobId jobId;

    public SavepointException(JobId jobId, String message) {
        super(message);
        this.jobId = jobId;
    }

    public JobId jobId() {
        return jobId;
    }
}
