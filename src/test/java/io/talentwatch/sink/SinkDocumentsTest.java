package io.talentwatch.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.model.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinkDocumentsTest {
    @Test
    void deadLetterKeepsTheRawBytesExactlyAndReadably() {
        byte[] raw = "{\"broken\": ".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> json = SinkDocuments.deadLetter(new DeadLetter("parse", "not valid JSON", "feeds.news/0@7", raw, Instant.EPOCH));

        assertThat(json).containsEntry("reason", "not valid JSON").containsEntry("origin", "feeds.news/0@7")
                .containsEntry("raw_text", "{\"broken\": ").containsEntry("raw_truncated", false);
        assertThat(Base64.getDecoder().decode((String) json.get("raw_base64"))).isEqualTo(raw);
    }

    @Test
    void invalidUtf8HasNoTextButExactBase64() {
        byte[] raw = {'{', (byte) 0xC3, 'x', '}'};
        Map<String, Object> json = SinkDocuments.deadLetter(new DeadLetter("parse", "not valid UTF-8", "o", raw, Instant.EPOCH));

        assertThat(json.get("raw_text")).isNull();
        assertThat(Base64.getDecoder().decode((String) json.get("raw_base64"))).isEqualTo(raw);
    }

    @Test
    void hugeItemsAreTruncatedAndSaySo() {
        byte[] raw = new byte[SinkDocuments.DEAD_LETTER_RAW_LIMIT * 3];
        Map<String, Object> json = SinkDocuments.deadLetter(new DeadLetter("parse", "too big", "o", raw, Instant.EPOCH));

        assertThat(json).containsEntry("raw_truncated", true).containsEntry("raw_bytes", raw.length);
        assertThat(Base64.getDecoder().decode((String) json.get("raw_base64"))).hasSize(SinkDocuments.DEAD_LETTER_RAW_LIMIT);
    }
}
