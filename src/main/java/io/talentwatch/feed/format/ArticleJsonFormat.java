package io.talentwatch.feed.format;

import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import java.util.List;

/**
 * The generic article JSON the feed topics carry (see {@link FeedItemParser}), one item a payload.
 * Its kind comes from the feed when the item names none; its text is cleaned like every format's.
 */
final class ArticleJsonFormat implements WireFormat {

    @Override
    public Parsed parse(byte[] payload, FeedContext context) throws MalformedItem {
        FeedItem item = FeedItemParser.parse(payload);
        // Cleaned, then checked again: HTML that held no text must not reach the job.
        return new Parsed(List.of(FeedItemJson.checked(new FeedItem(item.id(), item.kind() != null ? item.kind() : context.kind(),
                item.source(), item.url(), item.author(), HtmlText.of(item.title()), HtmlText.of(item.text()), item.lang(),
                item.published()))), List.of());
    }
}
