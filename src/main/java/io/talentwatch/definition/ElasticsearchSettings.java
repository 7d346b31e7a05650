package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.atLeast;
import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.positive;
import static io.talentwatch.definition.Settings.required;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Where enriched mentions, window statistics and spikes go. Indices are named
 * {@code <index-prefix>-mentions-YYYY.MM}, {@code <index-prefix>-windows} and {@code <index-prefix>-spikes}.
 */
public record ElasticsearchSettings(List<String> hosts, String indexPrefix, Integer bulkMaxActions, Duration bulkInterval)
        implements Serializable {

    public ElasticsearchSettings {
        hosts = List.copyOf(orDefault(hosts, List.of("http://localhost:9200")));
        if (hosts.isEmpty()) {
            throw new InvalidSetting("hosts", "needs at least one URL such as http://localhost:9200");
        }
        hosts.forEach(ElasticsearchSettings::checkUrl);
        indexPrefix = required("index-prefix", orDefault(indexPrefix, "talentwatch"));
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new InvalidSetting("index-prefix", "must be lower case letters, digits, '-' or '_', got '" + indexPrefix + "'");
        }
        bulkMaxActions = atLeast("bulk-max-actions", 1, orDefault(bulkMaxActions, 500));
        bulkInterval = positive("bulk-interval", orDefault(bulkInterval, Duration.ofSeconds(1)));
    }

    static ElasticsearchSettings defaults() {
        return new ElasticsearchSettings(null, null, null, null);
    }

    public ElasticsearchSettings withHosts(List<String> newHosts) {
        return new ElasticsearchSettings(newHosts, indexPrefix, bulkMaxActions, bulkInterval);
    }

    public String mentionsAlias() {
        return indexPrefix + "-mentions";
    }

    public String windowsIndex() {
        return indexPrefix + "-windows";
    }

    public String spikesIndex() {
        return indexPrefix + "-spikes";
    }

    private static void checkUrl(String host) {
        try {
            URI uri = URI.create(host);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting("hosts", "'" + host + "' is not an http(s) URL such as http://localhost:9200");
        }
    }
}
