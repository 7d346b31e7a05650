package io.talentwatch.sink.check;

import java.nio.charset.StandardCharsets;

/** Elasticsearch's rules for an index name, which it otherwise enforces by failing the bulk item. */
final class IndexNames {
    private static final String FORBIDDEN = "\\/*?\"<>| ,#:";

    private IndexNames() {}

    /** The problem with {@code index} as an index name, or null when Elasticsearch accepts it. */
    static String problem(String index) {
        if (index == null || index.isEmpty()) {
            return "the index name is empty";
        }
        if (!index.equals(index.toLowerCase(java.util.Locale.ROOT))) {
            return "index name '" + index + "' has upper-case letters";
        }
        for (char c : index.toCharArray()) {
            if (FORBIDDEN.indexOf(c) >= 0) {
                return "index name '" + index + "' contains '" + c + "'";
            }
        }
        if (index.startsWith("-") || index.startsWith("_") || index.startsWith("+") || index.equals(".") || index.equals("..")) {
            return "index name '" + index + "' starts with '" + index.charAt(0) + "'";
        }
        if (index.getBytes(StandardCharsets.UTF_8).length > 255) {
            return "index name is longer than 255 bytes";
        }
        return null;
    }
}
