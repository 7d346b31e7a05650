package io.talentwatch.cluster;

/** Flink's job status ({@code org.apache.flink.api.common.JobStatus}), as the REST API reports it. */
public enum JobState {
    INITIALIZING,
    CREATED,
    RUNNING,
    FAILING,
    FAILED,
    CANCELLING,
    CANCELED,
    FINISHED,
    RESTARTING,
    SUSPENDED,
    RECONCILING;

    /** The job is over for good on this cluster: it will never change state again. */
    public boolean isGloballyTerminal() {
        return this == FAILED || this == CANCELED || this == FINISHED;
    }

    static JobState parse(String restValue) {
        try {
            return valueOf(restValue);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new FlinkClusterException("Unknown Flink job state '" + restValue + "'", e);
        }
    }
}
