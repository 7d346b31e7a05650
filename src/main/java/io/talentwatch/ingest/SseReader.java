package io.talentwatch.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Server-sent events read one at a time as they arrive, as bytes: the format's parser, not this
 * reader, decides whether they are UTF-8. Comments (heartbeats) are skipped; an event larger than
 * the limit is read to its end but kept only in part, flagged; an event cut off by the end of the
 * stream is dropped, as the SSE specification says.
 */
final class SseReader {
    /** One event: its name, its data lines joined, and its field lines as sent (what the stream format parses). */
    record Event(String name, String data, byte[] raw, boolean oversize, long size) {}

    private final InputStream in;
    private final int maxEventBytes;
    private boolean lineCut;

    SseReader(InputStream in, int maxEventBytes) {
        this.in = new BufferedInputStream(in, 64 * 1024);
        this.maxEventBytes = maxEventBytes;
    }

    /** The next event, or null at the end of the stream. */
    Event next() throws IOException {
        String name = null;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        boolean started = false;
        boolean oversize = false;
        long size = 0;
        while (true) {
            byte[] line = readLine();
            if (line == null) {
                return null;
            }
            if (line.length == 0 && !lineCut) {
                if (started) {
                    return new Event(name, data.toString(StandardCharsets.UTF_8), raw.toByteArray(), oversize, size);
                }
                continue;
            }
            if (line.length > 0 && line[0] == ':') {
                continue; // a comment: Mastodon's heartbeat
            }
            started = true;
            size += line.length + 1;
            if (oversize || lineCut || size > maxEventBytes) {
                oversize = true;
                raw.write(line, 0, Math.max(0, Math.min(line.length, maxEventBytes - raw.size())));
                continue;
            }
            raw.write(line);
            raw.write('\n');
            if (startsWith(line, "event:")) {
                name = new String(line, 6, line.length - 6, StandardCharsets.UTF_8).strip();
            } else if (startsWith(line, "data:")) {
                int from = line.length > 5 && line[5] == ' ' ? 6 : 5;
                if (data.size() > 0) {
                    data.write('\n');
                }
                data.write(line, from, line.length - from);
            }
        }
    }

    /** A line without its end (LF or CRLF), cut at the limit (then {@link #lineCut} is set); null at the end of the stream. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        lineCut = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() <= maxEventBytes) {
                line.write(b);
            } else {
                lineCut = true;
            }
        }
        if (b == -1) {
            return null; // a line without its end is part of an event cut off
        }
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }

    private static boolean startsWith(byte[] line, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return line.length >= p.length && Arrays.equals(line, 0, p.length, p, 0, p.length);
    }
}
