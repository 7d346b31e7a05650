package io.talentwatch.job.stages;

import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import io.talentwatch.model.Sentiment;
import io.talentwatch.model.SourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Mentions that differ only where deduplication looks: id, source, URL, title and time. */
final class DedupMentions {
    private DedupMentions() {}

    static Mention mention(String id, String source, String url, String title, String published) {
        return mention(id, source, url, title, "Meta hires OpenAI researchers.", published);
    }

    static Mention mention(String id, String source, String url, String title, String text, String published) {
        Document document = new Document(id, SourceKind.NEWS, source, url, null, title, text, "en",
                Instant.parse(published), Instant.parse(published));
        return new Mention(document, List.of("meta"), List.of(), 1.0, List.of(), List.of(), List.of(), Sentiment.NEUTRAL, Map.of());
    }
}
