package io.talentwatch.sink;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.talentwatch.detect.Episode;
import io.talentwatch.detect.Judgement;
import io.talentwatch.model.DeadLetter;
import io.talentwatch.model.Document;
import io.talentwatch.model.Explanation;
import io.talentwatch.model.Mention;
import io.talentwatch.model.NamedCount;
import io.talentwatch.model.SeriesKey;
import io.talentwatch.model.Span;
import io.talentwatch.model.Spike;
import io.talentwatch.model.TalentFlow;
import io.talentwatch.model.WindowStat;
import io.talentwatch.model.Withdrawal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shape of everything TalentWatch writes, in one place so the index templates under
 * connectors/elasticsearch/ have one counterpart. Field names are snake_case; times are ISO-8601 UTC.
 * Values are built to fit the strict mappings, so no document can be rejected by Elasticsearch.
 */
public final class SinkDocuments {
    /** Raw bytes kept in a dead letter; the rest is cut, and the cut is recorded. */
    static final int DEAD_LETTER_RAW_LIMIT = 64 * 1024;

    private SinkDocuments() {}

    public static Map<String, Object> mention(Mention m, String job, double onTopicScore) {
        Document d = m.document();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("job", job);
        json.put("kind", d.sourceKind().wireName());
        json.put("source", d.sourceName());
        json.put("url", d.url());
        json.put("author", d.author());
        json.put("title", d.title());
        json.put("text", d.text());
        json.put("lang", d.language());
        json.put("published", d.published().toString());
        json.put("ingested", d.ingested().toString());
        json.putAll(analysis(m, onTopicScore));
        return json;
    }

    /**
     * The fields that mark a withdrawn mention, merged into its document (or, were it missing, a
     * tombstone of these fields alone, which every count leaves out as it does any deleted mention).
     */
    public static Map<String, Object> withdrawal(Withdrawal w, String job) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", w.documentId());
        json.put("job", job);
        json.put("source", w.sourceName());
        json.put("published", w.published().toString());
        json.put("deleted", true);
        json.put("deleted_at", w.deletedAt().toString());
        return json;
    }

    /**
     * What enrichment found, as both the mentions index and {@code talentwatch enrich} show it. Span
     * and flow offsets point into the title and text joined by a line break ({@link Document#fullText()}).
     */
    public static Map<String, Object> analysis(Mention m, double onTopicScore) {
        String text = m.document().fullText();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("companies", m.companies());
        json.put("people", m.people());
        json.put("topic_score", m.topicScore());
        json.put("on_topic", m.onTopic(onTopicScore));
        json.put("topic_terms", m.topicTerms());
        json.put("spans", spans(m, text));
        json.put("flows", flows(m, text));
        json.put("sentiment", m.sentiment().score());
        json.put("sentiment_label", m.sentiment().label().wireName());
        json.put("company_sentiment", companySentiment(m));
        return json;
    }

    // Nested values are records, not maps: an article has dozens of spans, and Jackson writes a
    // record's known fields much faster than it looks up a serializer for each map entry.

    record SpanJson(String kind, String id, int start, int end, String text) {}

    @JsonPropertyOrder({"acquirer", "source", "direction", "people", "money_usd", "evidence"})
    record FlowJson(String acquirer, String source, String direction, Integer people,
            @JsonProperty("money_usd") Long moneyUsd, String evidence) {}

    record CompanySentimentJson(String company, double score, String label) {}

    private static List<SpanJson> spans(Mention m, String text) {
        List<SpanJson> spans = new ArrayList<>(m.spans().size());
        for (Span span : m.spans()) {
            spans.add(new SpanJson(span.kind().wireName(), span.id(), span.start(), span.end(),
                    text.substring(span.start(), span.end())));
        }
        return spans;
    }

    private static List<FlowJson> flows(Mention m, String text) {
        List<FlowJson> flows = new ArrayList<>(m.flows().size());
        for (TalentFlow flow : m.flows()) {
            flows.add(new FlowJson(flow.acquirer(), flow.source(), flow.direction(), flow.people(), flow.moneyUsd(),
                    text.substring(flow.start(), flow.end())));
        }
        return flows;
    }

    private static List<CompanySentimentJson> companySentiment(Mention m) {
        List<CompanySentimentJson> companies = new ArrayList<>(m.companySentiment().size());
        m.companySentiment().forEach((company, sentiment) ->
                companies.add(new CompanySentimentJson(company, sentiment.score(), sentiment.label().wireName())));
        return companies;
    }

    public static Map<String, Object> window(WindowStat w, String job) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", w.id());
        json.put("job", job);
        series(json, w.series());
        json.put("window_start", w.windowStart().toString());
        json.put("window_end", w.windowEnd().toString());
        json.put("mentions", w.mentions());
        json.put("on_topic_mentions", w.onTopicMentions());
        json.put("mean_sentiment", w.meanSentiment());
        return json;
    }

    /**
     * One spike, at its latest update: the same id every time, so the index keeps one document per
     * spike. Count, expected and significance are the peak window's; {@code latest_*} the window
     * that made this update.
     */
    public static Map<String, Object> spike(Spike s, String job) {
        Episode e = s.episode();
        Judgement peak = e.peak();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("job", job);
        series(json, s.series());
        json.put("phase", e.phase().wireName());
        json.put("opened_at", instant(e.openedAt()));
        json.put("updated_at", instant(e.updatedAt()));
        json.put("closed_at", e.closedAt() == null ? null : instant(e.closedAt()));
        json.put("window_start", instant(peak.stepEnd() - s.windowMillis()));
        json.put("window_end", instant(peak.stepEnd()));
        json.put("count", peak.count());
        json.put("expected", peak.expected());
        json.put("p_value", peak.pValue());
        json.put("score", peak.score());
        json.put("latest_window_end", instant(e.latest().stepEnd()));
        json.put("latest_count", e.latest().count());
        json.put("latest_expected", e.latest().expected());
        json.put("flagged_windows", e.flaggedSteps());
        json.put("explanation", explanation(s));
        return json;
    }

    /** Why the peak window stood out, in the words an analyst reads first. */
    private static Map<String, Object> explanation(Spike s) {
        Explanation x = s.explanation() == null ? Explanation.NONE : s.explanation();
        Judgement peak = s.episode().peak();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("summary", String.format(Locale.ROOT, "%d mentions against %.1f expected (p = %.2g)",
                peak.count(), peak.expected(), peak.pValue()));
        json.put("top_terms", counts(x.terms()));
        json.put("co_mentioned", counts(x.companies()));
        json.put("top_sources", counts(x.sources()));
        json.put("languages", counts(x.languages()));
        json.put("sentiment_now", s.sentimentNow());
        json.put("sentiment_baseline", s.sentimentBaseline());
        json.put("headlines", Arrays.stream(x.headlines()).map(h -> new HeadlineJson(h.title(), h.url(), h.source(),
                h.language(), instant(h.publishedMillis()))).toList());
        return json;
    }

    record CountJson(String name, long count) {}

    record HeadlineJson(String title, String url, String source, String lang, String published) {}

    private static List<CountJson> counts(NamedCount[] counts) {
        return Arrays.stream(counts).map(c -> new CountJson(c.name(), c.count())).toList();
    }

    /** The series a window or spike belongs to: its id, kind, company and, by kind, topic or flow. */
    private static void series(Map<String, Object> json, SeriesKey series) {
        json.put("series", series.id());
        json.put("kind", series.kind().wireName());
        json.put("company", series.company());
        json.put("topic", series.topic());
        json.put("flow", series.flowDirection());
        json.put("flow_source", series.source());
    }

    private static String instant(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** A dead letter keeps the raw bytes as base64 (exact) and, when they are UTF-8, as text (readable). */
    public static Map<String, Object> deadLetter(DeadLetter letter) {
        byte[] raw = letter.raw();
        boolean truncated = raw.length > DEAD_LETTER_RAW_LIMIT;
        byte[] kept = truncated ? java.util.Arrays.copyOf(raw, DEAD_LETTER_RAW_LIMIT) : raw;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stage", letter.stage());
        json.put("reason", letter.reason());
        json.put("origin", letter.origin());
        json.put("at", letter.at().toString());
        json.put("raw_bytes", raw.length);
        json.put("raw_truncated", truncated);
        json.put("raw_base64", Base64.getEncoder().encodeToString(kept));
        json.put("raw_text", truncated ? null : utf8OrNull(kept));
        return json;
    }

    /** The dead letter as the JSON bytes the dead-letter topic carries, whoever writes it. */
    public static byte[] deadLetterJson(DeadLetter letter) {
        return Json.bytes(deadLetter(letter));
    }

    private static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
