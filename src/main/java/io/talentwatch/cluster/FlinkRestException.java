package io.talentwatch.cluster;

import java.net.URI;
import java.util.List;

/**
 * Flink answered with a non-2xx status. The message carries {@link #summary()}, the useful part of
 * Flink's {@code errors} (the exception headline and its root cause, no stack frames); {@link
 * #errors()} keeps the full text Flink sent.
 */
public class FlinkRestException extends FlinkClusterException {

    private final String method;
    private final URI url;
    private final int statusCode;
    private final List<String> errors;
    private final String summary;

    public FlinkRestException(String method, URI url, int statusCode, List<String> errors) {
        this(method, url, statusCode, errors, FlinkErrors.summarize(errors));
    }

    private FlinkRestException(String method, URI url, int statusCode, List<String> errors, String summary) {
        super(method + " " + url + " failed with HTTP " + statusCode + (summary.isEmpty() ? "" : ": " + summary));
        this.method = method;
        this.url = url;
        this.statusCode = statusCode;
        this.errors = List.copyOf(errors);
        this.summary = summary;
    }

    public String method() {
        return method;
    }

    public URI url() {
        return url;
    }

    public int statusCode() {
        return statusCode;
    }

    /** Flink's {@code errors} array as sent, stack traces included (or the raw body if it was not JSON). */
    public List<String> errors() {
        return errors;
    }

    /** The exception headline and root cause from {@link #errors()}, without stack frames. */
    public String summary() {
        return summary;
    }
}
