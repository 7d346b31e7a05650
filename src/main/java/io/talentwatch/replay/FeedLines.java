package io.talentwatch.replay;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a JSONL file (or a whole file), plain or gzip (told by its magic bytes, not its name), as raw bytes:
 * a line that is not valid UTF-8 must reach the dead-letter topic exactly as it was.
 */
final class FeedLines implements Closeable {
    /**
     * The most a replay holds of one payload (a line or a whole file). Longer ones are read this far
     * and one byte more, so the replay rejects them without ever holding them whole (a gzip bomb).
     */
    static final int MAX_PAYLOAD_BYTES = 64 << 20;

    private final InputStream in;
    private long lineNumber;

    FeedLines(Path file) throws IOException {
        this.in = open(file);
    }

    /** The file's bytes, unzipped when it is gzip: a whole feed document or API response. */
    static byte[] readAll(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        }
    }

    private static InputStream open(Path file) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        return gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
    }

    /** The next line without its end-of-line bytes, or null at the end. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() <= MAX_PAYLOAD_BYTES) {
                line.write(b);
            }
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
    }

    long lineNumber() {
        return lineNumber;
    }

    /** The number of lines, for the progress bar's ETA. */
    static long count(Path file) throws IOException {
        try (FeedLines lines = new FeedLines(file)) {
            long n = 0;
            while (lines.next() != null) {
                n++;
            }
            return n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
