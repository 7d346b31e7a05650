package io.talentwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;

/**
 * The connectors' HTTP: GET with a timeout on every step (connecting, the headers, each wait for
 * body bytes) and an overall deadline on the whole response (a server trickling a byte now and then
 * must not hold a feed for good; streams have no deadline, only their idle timeout), redirects followed, gzip accepted, and bodies cut at a size limit so that no server
 * can exhaust memory. A stream is the same request with its body left open.
 */
public final class HttpFetcher {
    /** A feed document or an API page is far smaller; anything larger is not read further. */
    public static final int MAX_BODY_BYTES = 16 << 20;
    /** A whole response (a poll, a backfill page), from sending the request to its last byte. */
    public static final Duration REQUEST_DEADLINE = Duration.ofMinutes(2);

    private final HttpClient client;
    private final int maxBodyBytes;
    private final Duration timeout;
    private final Duration deadline;

    public HttpFetcher() {
        this(MAX_BODY_BYTES, Duration.ofSeconds(30), REQUEST_DEADLINE);
    }

    HttpFetcher(int maxBodyBytes, Duration timeout) {
        this(maxBodyBytes, timeout, REQUEST_DEADLINE);
    }

    HttpFetcher(int maxBodyBytes, Duration timeout, Duration deadline) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.maxBodyBytes = maxBodyBytes;
        this.timeout = timeout;
        this.deadline = deadline;
    }

    int maxBodyBytes() {
        return maxBodyBytes;
    }

    HttpReply get(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        HttpRequest request = request(uri, headers, true, timeout.compareTo(deadline) < 0 ? timeout : deadline);
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = client.send(request, HttpResponse.BodyHandlers.ofPublisher());
        BodyStream raw = new BodyStream(response.body(), timeout);
        raw.failAt(deadlineNanos, deadline);
        try (raw; InputStream body = decoded(response, raw)) {
            byte[] bytes = body.readNBytes(maxBodyBytes + 1);
            boolean oversize = bytes.length > maxBodyBytes;
            return new HttpReply(response.uri(), response.statusCode(), response.headers(),
                    oversize ? Arrays.copyOf(bytes, maxBodyBytes) : bytes, oversize);
        } catch (InterruptedIOException e) {
            if (Thread.interrupted()) { // asked to stop, which is no failure of the feed
                throw new InterruptedException("stopped while reading " + uri);
            }
            throw e;
        }
    }

    /** The response with its body still open; the caller reads it and closes it. */
    StreamReply stream(URI uri, Map<String, String> headers, Duration idleTimeout) throws IOException, InterruptedException {
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = client.send(request(uri, headers, false, timeout),
                HttpResponse.BodyHandlers.ofPublisher());
        return new StreamReply(response.uri(), response.statusCode(), response.headers(), new BodyStream(response.body(), idleTimeout));
    }

    private HttpRequest request(URI uri, Map<String, String> headers, boolean gzip, Duration headersTimeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(headersTimeout).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        headers.forEach(request::header);
        return request.build();
    }

    /** The body as sent, or unzipped: the size limit applies to what is unzipped, so a small bomb stays small. */
    private static InputStream decoded(HttpResponse<?> response, InputStream raw) throws IOException {
        if (response.statusCode() == 204 || response.statusCode() == 304) {
            return raw; // no body, whatever Content-Encoding says
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        return encoding.equals("gzip") || encoding.equals("x-gzip") ? new GZIPInputStream(raw) : raw;
    }
}
