package io.talentwatch.cluster;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Nothing answered HTTP at the cluster's REST address (refused, unknown host, connect timeout). */
public class FlinkClusterUnreachableException extends FlinkClusterException {

    private final URI url;

    public FlinkClusterUnreachableException(URI url, Throwable cause) {
        super("Flink cluster unreachable at " + url + " (" + describe(url, cause)
                + "). Is the JobManager running and is its REST port right?", cause);
        this.url = url;
    }

    /** The URL that could not be reached. */
    public URI url() {
        return url;
    }

    /** Java's HttpClient throws a ConnectException without a message; say what it means. */
    private static String describe(URI url, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host " + url.getHost();
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "connect timed out";
            }
        }
        if (cause instanceof ConnectException && cause.getMessage() == null) {
            return "connection refused";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
