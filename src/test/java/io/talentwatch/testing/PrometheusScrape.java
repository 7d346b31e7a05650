package io.talentwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * One scrape of a Prometheus endpoint over HTTP, as Prometheus itself would do it, read from the
 * text exposition format: each sample's value summed by metric name over its label sets (one per
 * operator subtask), which is what an alert over the whole job adds up.
 */
public record PrometheusScrape(Map<String, Double> totals) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static PrometheusScrape of(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("scrape answered HTTP " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lines are {@code name{labels} value} or {@code name value}; {@code #} lines are comments. */
    static PrometheusScrape parse(String body) {
        Map<String, Double> totals = new TreeMap<>();
        for (String line : body.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int labels = line.indexOf('{');
            int valueAt = line.lastIndexOf(' ');
            String name = line.substring(0, labels >= 0 ? labels : line.indexOf(' '));
            totals.merge(name, Double.parseDouble(line.substring(valueAt + 1)), Double::sum);
        }
        return new PrometheusScrape(Map.copyOf(totals));
    }

    /** The summed value, or -1 when no sample has that name (so "absent" and "zero" differ). */
    public double total(String name) {
        return totals.getOrDefault(name, -1.0);
    }

    public boolean has(String name) {
        return totals.containsKey(name);
    }
}
