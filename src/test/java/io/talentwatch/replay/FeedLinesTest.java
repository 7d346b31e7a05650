package io.talentwatch.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedLinesTest {
    // Second line: invalid UTF-8 that must survive byte for byte; third: Windows line end; no final newline.
    private static final byte[] CONTENT = {'a', '\n', '{', (byte) 0xC3, 'x', '}', '\n', 'b', '\r', '\n', 'c'};

    private static List<byte[]> read(Path file) throws Exception {
        List<byte[]> lines = new ArrayList<>();
        try (FeedLines feed = new FeedLines(file)) {
            byte[] line;
            while ((line = feed.next()) != null) {
                lines.add(line);
            }
            assertThat(feed.lineNumber()).isEqualTo(4);
        }
        return lines;
    }

    private static void check(List<byte[]> lines) {
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(new byte[] {'a'});
        assertThat(lines.get(1)).isEqualTo(new byte[] {'{', (byte) 0xC3, 'x', '}'});
        assertThat(lines.get(2)).isEqualTo(new byte[] {'b'});
        assertThat(lines.get(3)).isEqualTo(new byte[] {'c'});
    }

    @Test
    void readsPlainFilesAsRawBytes(@TempDir Path dir) throws Exception {
        Path plain = Files.write(dir.resolve("feed.jsonl"), CONTENT);
        check(read(plain));
        assertThat(FeedLines.count(plain)).isEqualTo(4);
    }

    @Test
    void readsGzipByItsMagicBytesWhateverTheName(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(CONTENT);
        }
        Path gzip = Files.write(dir.resolve("feed.jsonl"), gz.toByteArray()); // no .gz suffix on purpose
        check(read(gzip));
    }
}
