package io.talentwatch.job.stages;

import io.talentwatch.feed.FeedEvent;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemParser;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.Retraction;
import io.talentwatch.job.source.RawRecord;
import io.talentwatch.model.DeadLetter;
import io.talentwatch.model.SourceKind;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Stage 2: raw bytes to a feed item, or to the withdrawal of one (by {@link #RETRACTIONS}). Anything
 * unparseable leaves by {@link #DEAD_LETTERS}, never as a failure.
 */
public final class ParseStage extends ProcessFunction<RawRecord, FeedItem> {
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};
    public static final OutputTag<Retraction> RETRACTIONS = new OutputTag<>("retractions") {};

    private final String socialTopic;
    private transient Counter itemsIn;
    private transient Counter parsed;
    private transient Counter deadLettered;

    /** Items on {@code socialTopic} that name no kind are social posts; elsewhere, news. */
    public ParseStage(String socialTopic) {
        this.socialTopic = socialTopic;
    }

    @Override
    public void open(OpenContext context) {
        itemsIn = StageMetrics.countedAndMetered(getRuntimeContext(), "itemsIn");
        parsed = StageMetrics.countedAndMetered(getRuntimeContext(), "itemsParsed");
        deadLettered = StageMetrics.countedAndMetered(getRuntimeContext(), "itemsDeadLettered");
    }

    @Override
    public void processElement(RawRecord record, Context context, Collector<FeedItem> out) {
        itemsIn.inc();
        try {
            FeedEvent event = FeedItemParser.parseEvent(record.value());
            if (event instanceof Retraction retraction) {
                context.output(RETRACTIONS, retraction);
                parsed.inc();
                return;
            }
            FeedItem item = (FeedItem) event;
            out.collect(item.kind() != null ? item : item.withKind(
                    record.topic().equals(socialTopic) ? SourceKind.SOCIAL : SourceKind.NEWS));
            parsed.inc();
        } catch (MalformedItem e) {
            deadLettered.inc();
            context.output(DEAD_LETTERS, new DeadLetter("parse", e.getMessage(), record.origin(), record.value(),
                    Instant.ofEpochMilli(record.timestamp())));
        }
    }
}
