package io.talentwatch.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Deterministic document ids, so that processing an item again overwrites it instead of adding a
 * copy: from the source's own id when it has one, else from the normalized URL, else from the
 * content itself.
 */
public final class DocumentIds {
    private DocumentIds() {}

    /** The id of the document a withdrawal takes back: the same as its item's, which had the source's own id. */
    public static String of(Retraction retraction) {
        return hash("id", retraction.source().strip().toLowerCase(Locale.ROOT), retraction.id().strip());
    }

    public static String of(FeedItem item) {
        if (item.id() != null && !item.id().isBlank()) {
            return hash("id", item.source().strip().toLowerCase(Locale.ROOT), item.id().strip());
        }
        if (item.url() != null && !item.url().isBlank()) {
            return hash("url", normalizeUrl(item.url()));
        }
        return hash("content", item.source(), String.valueOf(item.published()), item.title(), item.text());
    }

    /**
     * The same page whatever the link that led to it: scheme and host lower-cased, default port,
     * fragment, tracking parameters and a trailing slash dropped, remaining parameters sorted.
     */
    public static String normalizeUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTracking(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                    + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("ref_src");
    }

    private static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            // 128 bits: collision-free in practice, and short enough to read in Kibana.
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
