package io.talentwatch.ingest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * A local HTTP server on 127.0.0.1 that answers each path with recorded responses, in order (the
 * last one repeating), and remembers every request it got, headers included.
 */
final class RecordedServer implements AutoCloseable {
    static final Path RECORDED = Path.of("src/test/resources/feeds/ingest");

    /**
     * One response: status, headers and body; gzipped on the wire, or held open after the body like a
     * stalled stream, or sent a byte every {@code trickleMillis} like a server that is slow on purpose.
     */
    record Reply(int status, Map<String, String> headers, byte[] body, boolean gzip, boolean hold, long trickleMillis) {
        Reply(int status, Map<String, String> headers, byte[] body, boolean gzip, boolean hold) {
            this(status, headers, body, gzip, hold, 0);
        }

        static Reply ok(String contentType, byte[] body) {
            return new Reply(200, Map.of("Content-Type", contentType), body, false, false);
        }

        Reply trickled(long everyMillis) {
            return new Reply(status, headers, body, gzip, hold, everyMillis);
        }

        /** A recorded response body from src/test/resources/feeds/ingest. */
        static Reply recorded(String contentType, String file) {
            try {
                return ok(contentType, Files.readAllBytes(RECORDED.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0], false, false);
        }

        Reply header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, gzip, hold);
        }

        Reply gzipped() {
            return new Reply(status, headers, body, true, hold);
        }

        Reply thenHold() {
            return new Reply(status, headers, body, gzip, true);
        }
    }

    /** One request as the server saw it. */
    record Request(String method, URI uri, Headers headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, List<Reply>> replies = new ConcurrentHashMap<>();
    private final Map<String, Integer> served = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private RecordedServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    static RecordedServer start() {
        try {
            return new RecordedServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    String base() {
        return url("");
    }

    /** Answers {@code path} (without its query) with these replies in turn, the last one for every request after. */
    RecordedServer serve(String path, Reply... answers) {
        replies.put(path, List.of(answers));
        return this;
    }

    /** Every request, in the order they came. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.uri().getPath().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI(), copy(exchange.getRequestHeaders())));
            List<Reply> script = replies.get(path);
            if (script == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int turn = served.merge(path, 1, Integer::sum) - 1;
            Reply reply = script.get(Math.min(turn, script.size() - 1));
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] body = reply.gzip() ? gzip(reply.body()) : reply.body();
            if (reply.gzip()) {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            if (reply.status() == 304 || reply.status() == 204 || (body.length == 0 && !reply.hold())) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(reply.status(), reply.hold() ? 0 : body.length);
            OutputStream out = exchange.getResponseBody();
            if (reply.trickleMillis() > 0) {
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(reply.trickleMillis());
                }
            } else {
                out.write(body);
            }
            out.flush();
            if (reply.hold()) {
                closing.await(60, TimeUnit.SECONDS); // sends nothing more until the test ends
            }
            out.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (a dropped stream, a body cut at its limit): nothing to answer
        }
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        headers.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return copy;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
