package io.talentwatch.ingest;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;

/** An open streaming response: status and headers, and the body still arriving. Closing it drops the connection. */
record StreamReply(URI uri, int status, HttpHeaders headers, BodyStream body) implements AutoCloseable {
    String contentType() {
        return headers.firstValue("Content-Type").orElse(null);
    }

    InputStream in() {
        return body;
    }

    @Override
    public void close() {
        body.close();
    }
}
