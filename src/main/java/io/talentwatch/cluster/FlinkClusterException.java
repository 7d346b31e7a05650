package io.talentwatch.cluster;

/** Anything that goes wrong talking to a Flink cluster; the subclasses say what. */
public class FlinkClusterException extends RuntimeException {

    public FlinkClusterException(String message) {
        super(message);
    }

    public FlinkClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
