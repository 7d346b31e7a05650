package io.talentwatch.ingest;

import com.google.common.base.Utf8;
import com.rometools.rome.io.XmlReader;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.format.FeedFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a response is in the format its feed expects before it is parsed, so that a login page,
 * an error page or JSON where a feed belongs is reported as what it is, and whether a document
 * that says it is UTF-8 is UTF-8 (XML readers replace bad bytes silently).
 */
final class PayloadCheck {
    private static final Pattern HTML = Pattern.compile(
            "^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html)", Pattern.DOTALL);

    private PayloadCheck() {}

    static void check(FeedFormat format, String contentType, byte[] body) throws MalformedItem {
        switch (format) {
            case RSS -> xml(format, contentType, body);
            case MASTODON, REDDIT, BLUESKY, X -> json(format, contentType, body);
            default -> { } // the formats no connector fetches are checked by their parsers alone
        }
    }

    private static void xml(FeedFormat format, String contentType, byte[] body) throws MalformedItem {
        if (utf16(body)) {
            return; // a UTF-16 document: the XML reader decodes it from its byte order mark
        }
        String start = start(body).toLowerCase(Locale.ROOT);
        if (!start.startsWith("<") || HTML.matcher(start).find()) {
            throw unknown(format, contentType, body);
        }
        String encoding;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
            encoding = reader.getEncoding();
        } catch (IOException e) {
            throw new MalformedItem("unreadable feed bytes", e.getMessage());
        }
        if ("UTF-8".equalsIgnoreCase(encoding) && !Utf8.isWellFormed(body)) {
            throw new MalformedItem("not valid UTF-8", "the document is UTF-8 by its declaration or by default");
        }
    }

    private static void json(FeedFormat format, String contentType, byte[] body) throws MalformedItem {
        String start = start(body);
        if (!(start.startsWith("{") || start.startsWith("["))) {
            throw unknown(format, contentType, body);
        }
    }

    private static MalformedItem unknown(FeedFormat format, String contentType, byte[] body) {
        String first = start(body).replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return new MalformedItem("unknown format", "expected " + format.wireName() + ", got "
                + (contentType == null ? "no content type" : contentType) + " starting '"
                + (first.length() > 80 ? first.substring(0, 80) + "…" : first) + "'");
    }

    /** The first bytes as text, after a UTF-8 byte order mark and white space (Latin-1: any byte is a character). */
    private static String start(byte[] body) {
        int from = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf ? 3 : 0;
        String text = new String(body, from, Math.min(body.length - from, 1024), StandardCharsets.ISO_8859_1);
        return text.stripLeading();
    }

    private static boolean utf16(byte[] body) {
        return body.length >= 2 && ((body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff || (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe);
    }
}
