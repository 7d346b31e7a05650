package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.atLeast;
import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.positive;
import static io.talentwatch.definition.Settings.required;

import io.talentwatch.secret.Credentials;
import io.talentwatch.secret.ElasticsearchLogin;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Where enriched mentions, window statistics and spikes go. Each output has one index per month
 * ({@code <index-prefix>-mentions-2025.06}: mentions by publication time, windows by window end,
 * spikes by the time they opened) behind one alias ({@code <index-prefix>-mentions}) that readers
 * use; old months are dropped by deleting their index.
 * {@code username} and {@code password-file} (a path where the job runs) log in to a secured cluster;
 * the password itself is never part of a definition (see {@link ElasticsearchLogin}).
 */
public record ElasticsearchSettings(List<String> hosts, String indexPrefix, Integer bulkMaxActions, Duration bulkInterval,
                                    String username, String passwordFile)
        implements Serializable {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM").withZone(ZoneOffset.UTC);

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
        if (username != null && (username.isBlank() || username.contains(":"))) {
            throw new InvalidSetting("username", "must be a non-empty user name without ':'");
        }
        if (passwordFile != null && passwordFile.isBlank()) {
            throw new InvalidSetting("password-file", "must be a path to a file holding the password");
        }
    }

    static ElasticsearchSettings defaults() {
        return new ElasticsearchSettings(null, null, null, null, null, null);
    }

    public ElasticsearchSettings withHosts(List<String> newHosts) {
        return new ElasticsearchSettings(newHosts, indexPrefix, bulkMaxActions, bulkInterval, username, passwordFile);
    }

    /** A user and/or password file over this definition's own; null keeps a setting as it is. */
    public ElasticsearchSettings withLogin(String newUsername, String newPasswordFile) {
        return new ElasticsearchSettings(hosts, indexPrefix, bulkMaxActions, bulkInterval,
                orDefault(newUsername, username), orDefault(newPasswordFile, passwordFile));
    }

    /** The credentials, resolved from these settings and this JVM's environment; empty for an open cluster. */
    public Optional<Credentials> credentials() {
        return ElasticsearchLogin.fromEnvironment(username, passwordFile);
    }

    public String mentionsAlias() {
        return indexPrefix + "-mentions";
    }

    public String windowsAlias() {
        return indexPrefix + "-windows";
    }

    public String spikesAlias() {
        return indexPrefix + "-spikes";
    }

    /** The month's index behind {@code alias}, by UTC month: {@code talentwatch-mentions-2025.06}. */
    public static String monthlyIndex(String alias, Instant time) {
        return alias + "-" + MONTH.format(time);
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
