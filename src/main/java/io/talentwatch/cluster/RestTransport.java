package io.talentwatch.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * JSON over HTTP to one Flink REST endpoint: turns transport failures and non-2xx answers into
 * {@link FlinkClusterException}s, so {@link FlinkRestClient} only deals with Flink's resources.
 */
final class RestTransport {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final Duration requestTimeout;
    private final HttpClient http;

    RestTransport(String baseUrl, Duration requestTimeout) {
        this.baseUrl = normalize(baseUrl);
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** The full URL of a REST path; {@code path} starts with '/'. */
    URI endpoint(String path) {
        return URI.create(baseUrl + path);
    }

    JsonNode get(String path) {
        return send("GET", path, BodyPublishers.noBody(), null);
    }

    JsonNode delete(String path) {
        return send("DELETE", path, BodyPublishers.noBody(), null);
    }

    JsonNode patch(String path) {
        return send("PATCH", path, BodyPublishers.noBody(), null);
    }

    JsonNode postJson(String path, JsonNode body) {
        try {
            return post(path, BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8),
                    "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + body, e);
        }
    }

    JsonNode post(String path, BodyPublisher body, String contentType) {
        return send("POST", path, body, contentType);
    }

    /**
     * The base URL without trailing slashes. A path is kept (a cluster behind a reverse proxy);
     * a query or fragment is refused because REST paths are appended to it.
     */
    static URI normalize(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a URL: '" + baseUrl + "'", e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("Flink REST URL must start with http:// or https://, got '" + baseUrl + "'");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Flink REST URL has no host: '" + baseUrl + "'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("Flink REST URL must not have a query or fragment: '" + baseUrl + "'");
        }
        return uri;
    }

    /** Sends one request; returns the JSON body of a 2xx answer (an empty object for an empty body). */
    private JsonNode send(String method, String path, BodyPublisher body, String contentType) {
        URI url = endpoint(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException | UnresolvedAddressException e) {
            throw new FlinkClusterUnreachableException(baseUrl, e);
        } catch (IOException e) {
            if (e.getCause() instanceof ConnectException || e.getCause() instanceof UnresolvedAddressException) {
                throw new FlinkClusterUnreachableException(baseUrl, e.getCause());
            }
            throw new FlinkClusterException(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlinkClusterException("Interrupted during " + method + " " + url, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new FlinkRestException(method, url, response.statusCode(), errorsOf(response.body()));
        }
        String text = response.body();
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FlinkClusterException(method + " " + url + " returned non-JSON: " + abbreviate(text), e);
        }
    }

    /** Flink's {@code {"errors": [...]}}; anything else (a proxy's HTML error page) is kept as raw text. */
    private static List<String> errorsOf(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            if (errors.isArray()) {
                List<String> result = new ArrayList<>();
                errors.forEach(error -> result.add(error.asText()));
                return result;
            }
        } catch (JsonProcessingException e) {
            // not JSON: fall through
        }
        return List.of(abbreviate(body));
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
