package io.talentwatch.ingest;

import io.talentwatch.feed.format.FeedContext;
import io.talentwatch.feed.format.FeedFormat;
import io.talentwatch.feed.format.WireFormat;
import io.talentwatch.model.SourceKind;
import java.time.Instant;
import java.util.Map;

/**
 * One feed of a definition file, checked: its name (also the source of items that name none),
 * how it is read live ({@code connector} and {@code settings}, both null for a historical export
 * that only {@code replay} reads), its wire format, its kind (the topic of items that do not say)
 * and, for CSV, which column holds which field.
 */
public record FeedDefinition(String name, Connector connector, FeedFormat format, SourceKind kind,
                             Map<String, String> csvColumns, ConnectorSettings settings) {
    public FeedDefinition {
        csvColumns = Map.copyOf(csvColumns);
        if ((connector == null) != (settings == null)) {
            throw new IllegalArgumentException("a connector comes with its settings");
        }
    }

    /** Whether {@code ingest} can read it; otherwise it is an export for {@code replay}. */
    public boolean live() {
        return connector != null;
    }

    public WireFormat reader() {
        return format.reader(csvColumns);
    }

    /** What the format's parser is told: this feed's name as the source, its kind, and when the payload arrived. */
    public FeedContext context(Instant receivedAt) {
        return new FeedContext(name, kind, receivedAt);
    }
}
