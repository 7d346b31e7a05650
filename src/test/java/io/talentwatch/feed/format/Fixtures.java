package io.talentwatch.feed.format;

import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.model.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The recorded payloads under src/test/resources/feeds/formats, read as a connector or replay would. */
final class Fixtures {
    static final Instant RECEIVED = Instant.parse("2025-06-28T18:00:00Z");

    private Fixtures() {}

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/feeds/formats", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedContext context(String source, SourceKind kind) {
        return new FeedContext(source, kind, RECEIVED);
    }

    static Parsed parse(String format, String fixture, FeedContext context) throws MalformedItem {
        return FeedFormat.named(format).reader(Map.of()).parse(bytes(fixture), context);
    }

    static List<FeedItem> items(Parsed parsed) {
        return parsed.events().stream().filter(FeedItem.class::isInstance).map(FeedItem.class::cast).toList();
    }

    static FeedItem only(List<FeedItem> items, String id) {
        return items.stream().filter(i -> id.equals(i.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " among " + items.stream().map(FeedItem::id).toList()));
    }

    static List<String> reasons(Parsed parsed) {
        return parsed.rejected().stream().map(r -> r.problem().reason()).toList();
    }
}
