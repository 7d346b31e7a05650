package io.talentwatch.cluster;

/** No job on the cluster matches what the user named, or more than one does. */
public class NoSuchJobException extends FlinkClusterException {

    public NoSuchJobException(String message) {
        super(message);
    }
}
