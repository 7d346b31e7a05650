package io.talentwatch.feed.format;

import io.talentwatch.model.SourceKind;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The wire formats TalentWatch reads, by the name a feed definition or {@code --format} gives. The
 * entry point of this package: {@code FeedFormat.named("rss").reader(Map.of()).parse(bytes, context)}.
 */
public enum FeedFormat {
    ARTICLE_JSON("article-json", SourceKind.NEWS),
    RSS("rss", SourceKind.NEWS),
    MASTODON("mastodon", SourceKind.SOCIAL),
    MASTODON_STREAM("mastodon-stream", SourceKind.SOCIAL),
    REDDIT("reddit", SourceKind.SOCIAL),
    BLUESKY("bluesky", SourceKind.SOCIAL),
    X("x", SourceKind.SOCIAL),
    CSV("csv", SourceKind.NEWS);

    private final String wireName;
    private final SourceKind defaultKind;

    FeedFormat(String wireName, SourceKind defaultKind) {
        this.wireName = wireName;
        this.defaultKind = defaultKind;
    }

    public String wireName() {
        return wireName;
    }

    /** News for articles and feeds, social for posts: the topic an item goes to when nothing else says. */
    public SourceKind defaultKind() {
        return defaultKind;
    }

    /** The format named {@code name} (Atom is read by {@code rss}); an unknown name is refused with the list of known ones. */
    public static FeedFormat named(String name) {
        String wanted = "atom".equals(name) ? "rss" : name;
        return Arrays.stream(values()).filter(f -> f.wireName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown feed format '" + name + "'; formats are "
                        + Arrays.stream(values()).map(FeedFormat::wireName).collect(Collectors.joining(", "))));
    }

    /** A reader of this format; {@code csvColumns} ({@code field -> column}) applies to CSV and must be empty otherwise. */
    public WireFormat reader(Map<String, String> csvColumns) {
        if (this != CSV && !csvColumns.isEmpty()) {
            throw new IllegalArgumentException("a column mapping applies to csv only, not to " + wireName);
        }
        return switch (this) {
            case ARTICLE_JSON -> new ArticleJsonFormat();
            case RSS -> new RssAtomFormat();
            case MASTODON -> new MastodonFormat();
            case MASTODON_STREAM -> new MastodonStreamFormat();
            case REDDIT -> new RedditFormat();
            case BLUESKY -> new BlueskyFormat();
            case X -> new XFormat();
            case CSV -> new CsvFormat(csvColumns);
        };
    }
}
