package io.talentwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample feed is exactly what the generator writes, and keeps its promises. */
class SampleFeedGeneratorTest {

    private static final String RESOURCE = "/samples/talent-poaching-sample.jsonl";

    @Test
    void committedSampleIsWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("feed.jsonl");
        SampleFeedGenerator.write(out, new SampleFeedGenerator().generate());
        assertThat(Files.readAllBytes(out))
                .as("sample feed is stale: regenerate it (see src/main/resources/samples/README.md)")
                .isEqualTo(committedBytes());
    }

    @Test
    void everyLineIsACompleteItemInTimeOrder() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        int resends = 0;
        Instant last = Instant.MIN;
        for (String line : new String(committedBytes(), StandardCharsets.UTF_8).split("\n")) {
            JsonNode item = json.readTree(line);
            for (String field : List.of("id", "kind", "source", "url", "author", "text", "published")) {
                assertThat(item.path(field).isTextual()).as(field + " in " + line).isTrue();
            }
            assertThat(item.has("title")).isEqualTo("news".equals(item.get("kind").asText()));
            Instant published = Instant.parse(item.get("published").asText());
            if (!ids.add(item.get("id").asText())) {
                resends++;
                continue;
            }
            assertThat(published).isAfterOrEqualTo(last);
            last = published;
        }
        assertThat(ids.size()).isBetween(800, 1200);
        assertThat(resends).isBetween(3, 4);
    }

    @Test
    void metaSpikesOnlyDuringTheBurst() {
        Map<Instant, Integer> metaPerHour = new HashMap<>();
        for (SampleFeedGenerator.Delivery d : new SampleFeedGenerator().generate()) {
            if (!d.resend() && MentionScanner.companies(d.item()).contains(Company.META)) {
                metaPerHour.merge(d.item().publishedAt().truncatedTo(ChronoUnit.HOURS), 1, Integer::sum);
            }
        }
        List<Integer> outside = new ArrayList<>();
        metaPerHour.forEach((hour, n) -> {
            if (hour.isBefore(Burst.START) || !hour.isBefore(Burst.END)) {
                outside.add(n);
            }
        });
        assertThat(outside).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(Background.META_CAP));
        assertThat(metaPerHour.get(Burst.START.plus(Duration.ofHours(2)))).isGreaterThanOrEqualTo(15);
    }

    private static byte[] committedBytes() throws IOException {
        try (InputStream in = SampleFeedGeneratorTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return in.readAllBytes();
        }
    }
}
