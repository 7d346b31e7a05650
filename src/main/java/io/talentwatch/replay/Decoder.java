package io.talentwatch.replay;

import io.talentwatch.feed.FeedEvent;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.Retraction;
import io.talentwatch.feed.format.FeedContext;
import io.talentwatch.feed.format.Parsed;
import io.talentwatch.feed.format.WireFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How a replay reads its files: JSONL of article JSON line by line, published as it is (the
 * default), or a wire format, each file one payload (a feed document, an API response, a CSV
 * export) unless it is JSONL, when each line is one, published as article JSON.
 */
abstract class Decoder {
    abstract boolean perLine(Path file);

    abstract List<Decoded> decode(byte[] payload);

    /** Article JSON lines, published byte for byte as they are. */
    static Decoder articleLines() {
        return new Decoder() {
            @Override
            boolean perLine(Path file) {
                return true;
            }

            @Override
            List<Decoded> decode(byte[] line) {
                try {
                    FeedEvent event = FeedItemParser.parseEvent(line);
                    return List.of(event instanceof Retraction retraction ? new Decoded.Withdrawn(retraction, true)
                            : new Decoded.Item((FeedItem) event, line));
                } catch (MalformedItem e) {
                    return List.of(new Decoded.Rejected(e, line));
                }
            }
        };
    }

    /**
     * @param linePerPayload every line is one payload whatever the file's name (article JSON); otherwise
     *     only in {@code .jsonl}/{@code .ndjson} files
     */
    static Decoder of(WireFormat format, FeedContext context, boolean linePerPayload) {
        return new Decoder() {
            @Override
            boolean perLine(Path file) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
                return linePerPayload || name.endsWith(".jsonl") || name.endsWith(".ndjson");
            }

            @Override
            List<Decoded> decode(byte[] payload) {
                Parsed parsed;
                try {
                    parsed = format.parse(payload, context.receivedAt() == null
                            ? new FeedContext(context.source(), context.kind(), Instant.now()) : context);
                } catch (MalformedItem e) {
                    return List.of(new Decoded.Rejected(e, payload));
                } catch (RuntimeException e) { // a library's own failure on odd input: the payload is lost, not the replay
                    return List.of(new Decoded.Rejected(new MalformedItem("unreadable payload", e.toString()), payload));
                }
                List<Decoded> decoded = new ArrayList<>();
                // Feeds and timelines list the newest first; published oldest first, no item falls behind the watermark.
                List<FeedItem> items = parsed.events().stream().filter(FeedItem.class::isInstance).map(FeedItem.class::cast)
                        .sorted(Comparator.comparing(FeedItem::published)).toList();
                for (FeedItem item : items) {
                    decoded.add(new Decoded.Item(item, FeedItemJson.write(item)));
                }
                for (FeedEvent event : parsed.events()) {
                    if (event instanceof Retraction retraction) {
                        decoded.add(new Decoded.Withdrawn(retraction, false));
                    }
                }
                for (Parsed.Rejected rejected : parsed.rejected()) {
                    decoded.add(new Decoded.Rejected(rejected.problem(), rejected.raw().getBytes(StandardCharsets.UTF_8)));
                }
                return decoded;
            }
        };
    }
}
