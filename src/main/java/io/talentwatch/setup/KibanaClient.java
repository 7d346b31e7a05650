package io.talentwatch.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.net.ssl.SSLHandshakeException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two Kibana REST calls setup makes: wait until Kibana is available, then import saved objects.
 * The JDK client trusts https through the JVM truststore. The optional {@code Authorization}
 * header value (e.g. {@code Basic ...}) is sent with every call and never printed.
 */
public final class KibanaClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final Optional<String> authorization;

    public KibanaClient(String baseUrl, Optional<String> authorization) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = authorization;
    }

    public String url() {
        return baseUrl;
    }

    /** What a saved-objects import did: how many objects Kibana says it imported. */
    public record ImportResult(int successCount) {}

    /**
     * Polls {@code GET /api/status} every {@code every} until Kibana reports itself available (or
     * degraded: it serves requests then), for at most {@code patience}. While it boots it refuses
     * connections or answers 503; a 401 or 403 will not change by waiting and fails at once.
     */
    public void awaitAvailable(Duration patience, Duration every) {
        long deadline = System.nanoTime() + patience.toNanos();
        String last = "no answer yet";
        while (true) {
            try {
                HttpResponse<String> response = http.send(request("/api/status").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    throw new KibanaException("Kibana at " + baseUrl + " refused the status request (HTTP "
                            + response.statusCode() + "): check the credentials");
                }
                String level = level(response.body());
                if (response.statusCode() == 200 && ("available".equals(level) || "degraded".equals(level))) {
                    return;
                }
                last = "HTTP " + response.statusCode() + (level.isEmpty() ? "" : ", status " + level);
            } catch (SSLHandshakeException e) {
                if (UntrustedCertificate.isCause(e)) { // will not change by waiting; a handshake cut short while booting may
                    throw new KibanaException(UntrustedCertificate.advice("Kibana", baseUrl, e));
                }
                last = "SSLHandshakeException: " + e.getMessage();
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KibanaException("interrupted while waiting for Kibana at " + baseUrl);
            }
            if (System.nanoTime() + every.toNanos() > deadline) {
                throw new KibanaException("Kibana at " + baseUrl + " was not available within " + patience
                        + " (last: " + last + ")");
            }
            sleep(every);
        }
    }

    /**
     * Imports NDJSON saved objects with {@code overwrite=true}, so a second import replaces the
     * first. Fails naming every object Kibana did not import and why.
     */
    public ImportResult importSavedObjects(String fileName, String ndjson, int expectedObjects) {
        String boundary = "talentwatch-" + UUID.randomUUID();
        HttpRequest request = request("/api/saved_objects/_import?overwrite=true")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, ndjson)))
                .timeout(Duration.ofMinutes(2))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KibanaException("cannot import saved objects into Kibana at " + baseUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KibanaException("interrupted while importing saved objects into " + baseUrl);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            throw new KibanaException("Kibana at " + baseUrl + " refused the saved objects import (HTTP "
                    + response.statusCode() + "): " + body.path("message").asText(response.body()));
        }
        List<String> failures = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            failures.add(describe(error));
        }
        int imported = body.path("successCount").asInt(-1);
        if (!body.path("success").asBoolean(false) || !failures.isEmpty() || imported != expectedObjects) {
            throw new KibanaException("Kibana imported " + Math.max(imported, 0) + " of " + expectedObjects
                    + " saved objects" + (failures.isEmpty() ? "" : ": " + String.join("; ", failures)));
        }
        return new ImportResult(imported);
    }

    /** e.g. {@code lens 'talentwatch-top-sources' (Top sources): missing_references index-pattern:talentwatch-mentions}. */
    private static String describe(JsonNode error) {
        StringBuilder text = new StringBuilder(error.path("type").asText("?") + " '" + error.path("id").asText("?") + "'");
        String title = error.path("meta").path("title").asText(error.path("title").asText(""));
        if (!title.isEmpty()) {
            text.append(" (").append(title).append(')');
        }
        JsonNode why = error.path("error");
        text.append(": ").append(why.path("type").asText("error"));
        if (why.hasNonNull("message")) {
            text.append(' ').append(why.path("message").asText());
        }
        for (JsonNode missing : why.path("references")) {
            text.append(' ').append(missing.path("type").asText()).append(':').append(missing.path("id").asText());
        }
        return text.toString();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("kbn-xsrf", "true");
        authorization.ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private static byte[] multipart(String boundary, String fileName, String ndjson) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/ndjson\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(ndjson.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** {@code status.overall.level} of Kibana 8's status answer, or "" when the body says nothing readable. */
    private static String level(String body) {
        return parse(body).path("status").path("overall").path("level").asText("");
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KibanaException("interrupted while waiting for Kibana");
        }
    }

    /** A Kibana call that failed; an {@link IllegalStateException}, so the CLI prints its message alone. */
    public static final class KibanaException extends IllegalStateException {
        KibanaException(String message) {
            super(message);
        }
    }
}
