package io.talentwatch.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Condenses Flink's REST {@code errors} into one line. Flink sends full stack traces, e.g.
 * {@code ["Internal server error.", "<Exception on server side:\njava...CompletionException:
 * ...ProgramInvocationException: The program's entry point class 'x.Y' was not found...\n\tat ..."]};
 * what a person needs is the headline and the deepest {@code Caused by}.
 */
final class FlinkErrors {

    private static final String SERVER_SIDE_PREFIX = "<Exception on server side:";
    private static final String GENERIC_500 = "Internal server error.";
    private static final String CAUSED_BY = "Caused by: ";
    /** A leading fully qualified exception class name followed by ": ". */
    private static final Pattern LEADING_EXCEPTION =
            Pattern.compile("^(?:[a-zA-Z_$][\\w$]*\\.)+([A-Z][\\w$]*): ");

    private FlinkErrors() {}

    static String summarize(List<String> errors) {
        List<String> parts = new ArrayList<>();
        for (String error : errors) {
            String summary = summarizeOne(error);
            if (!summary.isEmpty()) {
                parts.add(summary);
            }
        }
        // "Internal server error." says nothing when the real exception follows it.
        if (parts.size() > 1) {
            parts.remove(GENERIC_500);
        }
        return String.join(" | ", parts);
    }

    private static String summarizeOne(String error) {
        String text = error.strip();
        if (text.startsWith(SERVER_SIDE_PREFIX)) {
            text = text.substring(SERVER_SIDE_PREFIX.length());
            if (text.endsWith(">")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        String headline = null;
        String rootCause = null;
        for (String line : text.strip().split("\n")) {
            if (line.startsWith("\t") || line.isBlank()) {
                continue; // stack frames and "... N more"
            }
            if (line.startsWith(CAUSED_BY)) {
                rootCause = line.substring(CAUSED_BY.length()).strip();
            } else if (headline == null) {
                headline = line.strip();
            }
        }
        if (headline == null) {
            return "";
        }
        String shortHeadline = innermostException(headline);
        if (rootCause == null) {
            return shortHeadline;
        }
        String shortCause = innermostException(rootCause);
        // Wrappers often repeat their cause's message; say it once.
        return shortHeadline.contains(messageOf(shortCause))
                ? shortHeadline
                : shortHeadline + " (root cause: " + shortCause + ")";
    }

    /** "X: msg" gives "msg"; a line without an exception name is all message. */
    private static String messageOf(String shortLine) {
        int colon = shortLine.indexOf(": ");
        return colon < 0 ? shortLine : shortLine.substring(colon + 2);
    }

    /**
     * "java.util.concurrent.CompletionException: org.apache.flink.X: msg" becomes "X: msg": wrapper
     * exceptions repeat the message of what they wrap, the innermost class name is the informative one.
     */
    static String innermostException(String line) {
        String rest = line;
        String lastName = null;
        Matcher matcher = LEADING_EXCEPTION.matcher(rest);
        while (matcher.find()) {
            lastName = matcher.group(1);
            rest = rest.substring(matcher.end());
            matcher = LEADING_EXCEPTION.matcher(rest);
        }
        return lastName == null ? line : lastName + ": " + rest;
    }
}
