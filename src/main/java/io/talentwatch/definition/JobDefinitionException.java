package io.talentwatch.definition;

/** A job definition that cannot be used; the message names the file, the key and, where known, the line. */
public final class JobDefinitionException extends RuntimeException {
    private final String key;

    JobDefinitionException(String origin, String key, int line, String problem) {
        super(origin + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : "'" + key + "' ") + problem);
        this.key = key;
    }

    /** The dotted key at fault, e.g. {@code windows.slide}; empty for whole-file problems. */
    public String key() {
        return key;
    }
}
