package io.talentwatch.feed.format;

import io.talentwatch.feed.FeedEvent;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.Retraction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Mastodon's streaming API as server-sent events: {@code update} (a new status) and
 * {@code status.update} (an edit, same id) become items; {@code delete} (data: the status id)
 * retracts one. Heartbeat comments and other events (notifications, filter changes) are skipped.
 */
final class MastodonStreamFormat implements WireFormat {

    @Override
    public Parsed parse(byte[] payload, FeedContext context) throws MalformedItem {
        List<FeedEvent> events = new ArrayList<>();
        List<Parsed.Rejected> rejected = new ArrayList<>();
        String event = null;
        StringBuilder data = new StringBuilder();
        // A final blank line ends the last event even if the payload stops without one.
        for (String line : (new String(payload, StandardCharsets.UTF_8) + "\n\n").split("\r?\n", -1)) {
            if (line.isEmpty()) {
                if (event != null && data.length() > 0) {
                    dispatch(event, data.toString(), context, events, rejected);
                }
                event = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).stripLeading());
            }
            // ":" comments (heartbeats), "id:" and "retry:" lines say nothing about statuses.
        }
        return new Parsed(events, rejected);
    }

    private static void dispatch(String event, String data, FeedContext context, List<FeedEvent> events,
                                 List<Parsed.Rejected> rejected) {
        try {
            switch (event) {
                case "update", "status.update" -> events.add(MastodonFormat.status(JsonPayload.parse(data), context));
                case "delete" -> events.add(new Retraction(MastodonFormat.source(context), data.strip(), context.receivedAt()));
                default -> { } // not about statuses
            }
        } catch (MalformedItem e) {
            rejected.add(new Parsed.Rejected(e, "event: " + event + "\ndata: " + data));
        }
    }
}
