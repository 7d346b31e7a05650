package io.talentwatch.feed.format;

import com.google.common.base.Utf8;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.Retraction;
import java.nio.charset.StandardCharsets;

/**
 * Mastodon's streaming API as server-sent events: {@code update} (a new status) and
 * {@code status.update} (an edit, same id) become items; {@code delete} (data: the status id)
 * retracts one. Heartbeat comments and other events (notifications, filter changes) are skipped.
 */
final class MastodonStreamFormat implements WireFormat {

    @Override
    public Parsed parse(byte[] payload, FeedContext context) throws MalformedItem {
        if (!Utf8.isWellFormed(payload)) {
            throw new MalformedItem("not valid UTF-8");
        }
        Entries entries = new Entries();
        String event = null;
        StringBuilder data = new StringBuilder();
        // A final blank line ends the last event even if the payload stops without one.
        for (String line : (new String(payload, StandardCharsets.UTF_8) + "\n\n").split("\r?\n", -1)) {
            if (line.isEmpty()) {
                if (event != null && data.length() > 0) {
                    dispatch(event, data.toString(), context, entries);
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
        return entries.parsed();
    }

    private static void dispatch(String event, String data, FeedContext context, Entries entries) {
        switch (event) {
            case "update", "status.update" -> entries.add(data, "event: " + event + "\ndata: " + data,
                    json -> MastodonFormat.status(JsonPayload.parse(json), context));
            case "delete" -> entries.add(new Retraction(MastodonFormat.source(context), data.strip(), context.receivedAt()));
            default -> { } // not about statuses
        }
    }
}
