package io.talentwatch.feed.format;

import io.talentwatch.feed.FeedEvent;
import io.talentwatch.feed.MalformedItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a payload's entries one by one: an entry that cannot be read, for a reason the format
 * foresaw ({@link MalformedItem}) or not (any runtime error of a library on odd input), is
 * rejected alone with its own text, and the rest of the payload still counts.
 */
final class Entries {
    /** Reads one entry into an event. */
    interface Reader<T> {
        FeedEvent read(T entry) throws MalformedItem;
    }

    private final List<FeedEvent> events = new ArrayList<>();
    private final List<Parsed.Rejected> rejected = new ArrayList<>();

    <T> void add(T entry, String raw, Reader<T> reader) {
        try {
            events.add(reader.read(entry));
        } catch (MalformedItem e) {
            rejected.add(new Parsed.Rejected(e, raw));
        } catch (RuntimeException e) {
            rejected.add(new Parsed.Rejected(new MalformedItem("unreadable entry", e.toString()), raw));
        }
    }

    void add(FeedEvent event) {
        events.add(event);
    }

    void reject(MalformedItem problem, String raw) {
        rejected.add(new Parsed.Rejected(problem, raw));
    }

    Parsed parsed() {
        return new Parsed(events, rejected);
    }
}
