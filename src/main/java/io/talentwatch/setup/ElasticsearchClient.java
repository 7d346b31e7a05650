package io.talentwatch.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.secret.Credentials;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The few Elasticsearch REST calls the CLI makes (setup, demo, checks), with errors that name the URL.
 * https is trusted through the JVM's default trust store ({@code -Djavax.net.ssl.trustStore=...});
 * credentials, when given, go as a Basic {@code Authorization} header on every request.
 */
public final class ElasticsearchClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final Optional<Credentials> credentials;

    /** An unsecured cluster. */
    public ElasticsearchClient(String baseUrl) {
        this(baseUrl, Optional.empty());
    }

    public ElasticsearchClient(String baseUrl, Optional<Credentials> credentials) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.credentials = credentials;
    }

    public String url() {
        return baseUrl;
    }

    public JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public JsonNode put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    public JsonNode post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    /** Document count of an index or alias; 0 when it does not exist yet. */
    public long count(String index) {
        try {
            post("/" + index + "/_refresh", "");
            return get("/" + index + "/_count").path("count").asLong();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return 0;
            }
            throw e;
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private JsonNode send(HttpRequest.Builder request) {
        credentials.ifPresent(c -> request.header("Authorization", c.authorizationHeader()));
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() == 401) {
                throw new ElasticsearchException(401, built.method() + " " + built.uri() + " answered 401 Unauthorized: "
                        + (credentials.isPresent() ? "user '" + credentials.get().username() + "' was refused (wrong user or password?)"
                        : "this cluster needs a user and password (set TALENTWATCH_ES_PASSWORD or TALENTWATCH_ES_PASSWORD_FILE)"));
            }
            if (response.statusCode() >= 300) {
                throw new ElasticsearchException(response.statusCode(), built.method() + " " + built.uri() + " answered "
                        + response.statusCode() + ": " + body.path("error").path("reason").asText(response.body()));
            }
            return body;
        } catch (ConnectException e) {
            throw new ElasticsearchException(0, "cannot reach Elasticsearch at " + baseUrl + " (connection refused)");
        } catch (SSLHandshakeException e) {
            throw new ElasticsearchException(0, UntrustedCertificate.advice("Elasticsearch", baseUrl, e));
        } catch (SSLException e) {
            throw new ElasticsearchException(0, "TLS with Elasticsearch at " + baseUrl + " failed: " + e.getMessage()
                    + (baseUrl.startsWith("https:") ? "; does it serve https?" : ""));
        } catch (IOException e) {
            throw new ElasticsearchException(0, "cannot talk to Elasticsearch at " + baseUrl + ": " + e
                    + (baseUrl.startsWith("http:") ? "; if it serves https, use an https:// URL" : ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElasticsearchException(0, "interrupted while calling " + baseUrl);
        }
    }

    /** A failed call; {@code status} is the HTTP status, or 0 when Elasticsearch could not be reached. */
    public static final class ElasticsearchException extends RuntimeException {
        private final int status;

        ElasticsearchException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
