package io.talentwatch.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * Stands in for Kibana's status and saved-objects import APIs on 127.0.0.1, since no Kibana runs
 * here. It answers 503 "unavailable" for the first {@code bootingAnswers} status calls, keeps the
 * imported objects by type and id, and reports a conflict for an existing object unless the
 * import says {@code overwrite=true}, as Kibana does.
 */
final class FakeKibana implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FILE_PART = Pattern.compile(
            "--(?<boundary>[^\\r\\n]+)\\r\\nContent-Disposition: form-data; name=\"file\"; filename=\"(?<name>[^\"]+\\.ndjson)\"\\r\\n"
                    + "Content-Type: application/ndjson\\r\\n\\r\\n(?<body>.*)\\r\\n--\\k<boundary>--\\r\\n", Pattern.DOTALL);

    /** One import request as it arrived. */
    record Import(String query, Map<String, List<String>> headers, String fileName, String ndjson) {}

    private final HttpServer server;
    private final AtomicInteger bootingAnswers;
    private final AtomicInteger statusCalls = new AtomicInteger();
    private final Map<String, JsonNode> stored = new ConcurrentHashMap<>();
    private final List<Import> imports = new CopyOnWriteArrayList<>();
    private volatile String cannedImportAnswer;
    private volatile int statusCode = 200;

    FakeKibana(int bootingAnswers) throws IOException {
        this(bootingAnswers, 0);
    }

    FakeKibana(int bootingAnswers, int port) throws IOException {
        this(bootingAnswers, HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
    }

    /** The same over https, presenting the certificate of {@code tls}. */
    static FakeKibana https(int bootingAnswers, SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new FakeKibana(bootingAnswers, server);
    }

    private FakeKibana(int bootingAnswers, HttpServer server) {
        this.bootingAnswers = new AtomicInteger(bootingAnswers);
        this.server = server;
        server.createContext("/api/status", this::status);
        server.createContext("/api/saved_objects/_import", this::importObjects);
        server.start();
    }

    String url() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    int statusCalls() {
        return statusCalls.get();
    }

    List<Import> imports() {
        return imports;
    }

    Map<String, JsonNode> stored() {
        return stored;
    }

    /** Every status call answers this HTTP status from now on (e.g. 401). */
    void statusAnswers(int code) {
        statusCode = code;
    }

    /** Every import answers this JSON from now on, whatever it carries. */
    void importAnswers(String json) {
        cannedImportAnswer = json;
    }

    private void status(HttpExchange exchange) throws IOException {
        statusCalls.incrementAndGet();
        if (statusCode != 200) {
            reply(exchange, statusCode, "{\"statusCode\":" + statusCode + ",\"message\":\"no\"}");
        } else if (bootingAnswers.getAndDecrement() > 0) {
            reply(exchange, 503, "{\"status\":{\"overall\":{\"level\":\"unavailable\",\"summary\":\"booting\"}}}");
        } else {
            reply(exchange, 200, "{\"status\":{\"overall\":{\"level\":\"available\",\"summary\":\"All services are available\"}}}");
        }
    }

    private void importObjects(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        if (!"POST".equals(exchange.getRequestMethod()) || !"true".equals(exchange.getRequestHeaders().getFirst("kbn-xsrf"))) {
            reply(exchange, 400, "{\"statusCode\":400,\"message\":\"Request must contain a kbn-xsrf header.\"}");
            return;
        }
        Matcher part = FILE_PART.matcher(body);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!part.matches() || contentType == null || !contentType.equals("multipart/form-data; boundary=" + part.group("boundary"))) {
            reply(exchange, 415, "{\"statusCode\":415,\"message\":\"expected one multipart field 'file' with an .ndjson file\"}");
            return;
        }
        imports.add(new Import(query, Map.copyOf(exchange.getRequestHeaders()), part.group("name"), part.group("body")));
        if (cannedImportAnswer != null) {
            reply(exchange, 200, cannedImportAnswer);
            return;
        }
        boolean overwrite = query != null && List.of(query.split("&")).contains("overwrite=true");
        ArrayNode errors = JSON.createArrayNode();
        int success = 0;
        for (String line : part.group("body").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode object = JSON.readTree(line);
            String key = object.path("type").asText() + ":" + object.path("id").asText();
            if (stored.containsKey(key) && !overwrite) {
                ObjectNode error = errors.addObject();
                error.put("id", object.path("id").asText()).put("type", object.path("type").asText());
                error.putObject("meta").put("title", object.path("attributes").path("title").asText());
                error.putObject("error").put("type", "conflict");
            } else {
                stored.put(key, object);
                success++;
            }
        }
        ObjectNode answer = JSON.createObjectNode().put("success", errors.isEmpty()).put("successCount", success);
        answer.set("errors", errors);
        reply(exchange, 200, answer.toString());
    }

    private static void reply(HttpExchange exchange, int code, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
