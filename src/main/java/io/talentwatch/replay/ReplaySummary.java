package io.talentwatch.replay;

import java.util.List;
import java.util.Map;

/**
 * What a replay did. {@code rejected} lines went to the dead-letter topic; {@code reasons} counts
 * them by reason and {@code examples} cites the first few by file and line. {@code withdrawn}
 * counts the deletes a feed sent (a Mastodon or Bluesky delete) that were published, and
 * {@code withdrawalsLeftOut} those before any item or outside {@code --from}/{@code --to};
 * {@code skipped} the entries passed over by {@code --skip}, {@code outside} the items outside
 * {@code --from}/{@code --to}.
 */
public record ReplaySummary(long read, long published, long rejected, long blank, long withdrawn, long withdrawalsLeftOut, long skipped, long outside,
                            Map<String, Long> reasons, List<String> examples) {
    public ReplaySummary {
        reasons = Map.copyOf(reasons);
        examples = List.copyOf(examples);
    }
}
