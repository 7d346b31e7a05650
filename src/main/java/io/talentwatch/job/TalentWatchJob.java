package io.talentwatch.job;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.feed.DedupKeys;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.job.source.FeedSource;
import io.talentwatch.job.stages.EnrichStage;
import io.talentwatch.job.stages.FirstSeen;
import io.talentwatch.job.stages.LateMentions;
import io.talentwatch.job.stages.NormalizeStage;
import io.talentwatch.job.stages.ParseStage;
import io.talentwatch.job.stages.PerSeries;
import io.talentwatch.job.stages.Revisions;
import io.talentwatch.job.stages.SpikeStage;
import io.talentwatch.job.stages.StampPublished;
import io.talentwatch.job.stages.StampWindow;
import io.talentwatch.job.stages.TallySeries;
import io.talentwatch.job.stages.ValidateDocuments;
import io.talentwatch.model.DeadLetter;
import io.talentwatch.model.Mention;
import io.talentwatch.model.Spike;
import io.talentwatch.model.WindowStat;
import io.talentwatch.sink.DocumentRouting;
import io.talentwatch.sink.ElasticsearchSinks;
import io.talentwatch.sink.IndexedDocument;
import io.talentwatch.sink.KafkaSinks;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;

/**
 * The TalentWatch Flink job: feeds in, enrichment, windows and spikes, sinks out. The entry class of
 * the job jar; {@code talentwatch demo} and {@code run} build the same topology on a local Flink.
 */
public final class TalentWatchJob {
    /** Flink job names start with this; the CLI finds a definition's job on a cluster by it. */
    public static final String JOB_NAME_PREFIX = "talentwatch: ";

    private TalentWatchJob() {}

    /** The Flink job name of a job definition, e.g. {@code talentwatch: talent-poaching}. */
    public static String jobName(String definitionName) {
        return JOB_NAME_PREFIX + definitionName;
    }

    public static void main(String[] args) throws Exception {
        JobArguments arguments = JobArguments.parse(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env, arguments.definition(), arguments.fromTimestamp());
        env.execute(jobName(arguments.definition().name()));
    }

    /** Adds the whole pipeline to {@code env}. {@code fromTimestamp} (epoch ms, nullable) re-reads history from then. */
    public static void build(StreamExecutionEnvironment env, JobDefinition job, Long fromTimestamp) {
        env.enableCheckpointing(job.checkpoints().interval().toMillis());
        env.getConfig().enableObjectReuse(); // safe: every record type is immutable
        JdkCollections.register(env.getConfig());

        // 1-3: feeds in, parsed and normalized; bad items to the dead-letter topic.
        SingleOutputStreamOperator<FeedItem> items = env
                .fromSource(FeedSource.of(job, fromTimestamp), FeedSource.watermarks(job), "feeds")
                .uid("feeds-source")
                .process(new ParseStage(job.kafka().topics().social())).uid("parse").name("parse");
        items.getSideOutput(ParseStage.DEAD_LETTERS)
                .sinkTo(KafkaSinks.deadLetters(job)).uid("dead-letter-sink").name("dead letters");

        // 4: language, watch list, talent flows, sentiment; documents naming no watched company stop here.
        DataStream<Mention> enriched = items
                .map(new NormalizeStage()).uid("normalize").name("normalize")
                .flatMap(new EnrichStage(job)).uid("enrich").name("enrich");

        // 5: a story counts once. Copies (same URL, or same title from the same source) are dropped within
        //    the dedup bounds; then edits re-index without counting and withdrawals mark the document deleted.
        Duration quiet = job.eventTime().idleness(); // when waiting mentions are decided without the watermark
        SingleOutputStreamOperator<Mention> versions = enriched
                .keyBy(mention -> DedupKeys.url(mention.document()))
                .process(new FirstSeen("url", job.dedup().sameUrl(), quiet)).uid("dedup-url").name("same URL")
                .keyBy(mention -> DedupKeys.title(mention.document()))
                .process(new FirstSeen("title", job.dedup().sameTitle(), quiet)).uid("dedup-title").name("same title")
                .transform("item time", TypeInformation.of(Mention.class), new StampPublished()).uid("item-time")
                .keyBy(mention -> mention.document().id())
                .connect(items.getSideOutput(ParseStage.RETRACTIONS).keyBy(Revisions::key))
                .process(new Revisions(job.dedup().sameItem(), job.eventTime().maxOutOfOrderness().plus(quiet)))
                .uid("revisions").name("edits and withdrawals");
        DataStream<DeadLetter> rejectedMentions = toElasticsearch(versions, ElasticsearchSinks.mentions(job), "mentions", job);
        DataStream<DeadLetter> rejectedWithdrawals = toElasticsearch(
                versions.getSideOutput(Revisions.WITHDRAWN), ElasticsearchSinks.withdrawals(job), "withdrawals", job);
        DataStream<Mention> mentions = versions.getSideOutput(Revisions.COUNTED); // each story once: what the windows count

        // 6: event-time windows per series: each company, each company on topic, each talent flow.
        SingleOutputStreamOperator<WindowStat> windows = mentions
                .flatMap(new PerSeries(job)).uid("per-series").name("per series")
                .keyBy(mention -> mention.series().id())
                .window(SlidingEventTimeWindows.of(job.windows().size(), job.windows().slide()))
                .allowedLateness(job.windows().allowedLateness())
                .sideOutputLateData(LateMentions.TAG)
                .aggregate(new TallySeries(), new StampWindow()).uid("series-windows").name("series windows");
        DataStream<DeadLetter> rejectedWindows = toElasticsearch(windows, ElasticsearchSinks.windows(job), "windows", job);
        windows.getSideOutput(LateMentions.TAG)
                .process(new LateMentions()).uid("late-mentions").name("late mentions")
                .sinkTo(new DiscardingSink<>()).uid("late-mentions-counted").name("late mentions counted");

        // 7: spikes against each series' baseline, one document per spike updated in place, and alerts.
        DataStream<Spike> spikes = windows
                .keyBy(window -> window.series().id())
                .process(new SpikeStage(job)).uid("spike-detector").name("spike detector");
        DataStream<DeadLetter> rejectedSpikes = toElasticsearch(spikes, ElasticsearchSinks.spikes(job), "spikes", job);
        spikes.sinkTo(KafkaSinks.alerts(job)).uid("alerts-sink").name("spikes to Kafka");

        // 8: documents Elasticsearch would refuse, to the dead-letter topic instead of failing the job.
        rejectedMentions.union(rejectedWithdrawals, rejectedWindows, rejectedSpikes)
                .sinkTo(KafkaSinks.deadLetters(job)).uid("rejected-documents-sink").name("rejected documents");
    }

    /** Checks each document against its index template, sinks the good ones and returns the rejected. */
    private static <T> DataStream<DeadLetter> toElasticsearch(DataStream<T> elements, DocumentRouting<T> routing,
                                                              String what, JobDefinition job) {
        SingleOutputStreamOperator<IndexedDocument> checked = elements
                .process(new ValidateDocuments<>(routing)).uid("validate-" + what).name("validate " + what);
        checked.sinkTo(ElasticsearchSinks.sink(job)).uid(what + "-sink").name(what + " to Elasticsearch");
        return checked.getSideOutput(ValidateDocuments.REJECTED);
    }
}
