package io.talentwatch.ingest;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * A whole response: status, headers and body, the body cut at the fetcher's limit.
 *
 * @param uri where the response came from, after redirects
 * @param oversize the body was longer than the limit and {@code body} holds its start only
 */
record HttpReply(URI uri, int status, HttpHeaders headers, byte[] body, boolean oversize) {
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    String contentType() {
        return header("Content-Type");
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }
}
