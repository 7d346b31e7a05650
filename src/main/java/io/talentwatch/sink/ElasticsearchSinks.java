package io.talentwatch.sink;

import io.talentwatch.definition.ElasticsearchSettings;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.model.Mention;
import io.talentwatch.model.Spike;
import io.talentwatch.model.WindowStat;
import java.net.URI;
import java.time.Instant;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.elasticsearch.sink.Elasticsearch8CompatibleSinkBuilder;
import org.apache.flink.connector.elasticsearch.sink.ElasticsearchSink;
import org.apache.flink.connector.elasticsearch.sink.FlushBackoffType;
import org.apache.flink.elasticsearch7.shaded.org.apache.http.HttpHost;

/**
 * The three Elasticsearch outputs, each to a monthly index behind its alias ({@link
 * ElasticsearchSettings#monthlyIndex}): mentions by publication time, windows by window end, spikes
 * by the time they opened, so every update of a spike lands in the same index. Every document has
 * a stable id, so a replay overwrites instead of duplicating.
 */
public final class ElasticsearchSinks {
    private ElasticsearchSinks() {}

    public static ElasticsearchSink<Mention> mentions(JobDefinition job) {
        String alias = job.elasticsearch().mentionsAlias();
        String name = job.name();
        double minScore = job.topic().minScore();
        return build(job.elasticsearch(), new IndexEmitter<Mention>(
                m -> ElasticsearchSettings.monthlyIndex(alias, m.document().published()),
                m -> SinkDocuments.mention(m, name, minScore)));
    }

    public static ElasticsearchSink<WindowStat> windows(JobDefinition job) {
        String alias = job.elasticsearch().windowsAlias();
        String name = job.name();
        return build(job.elasticsearch(), new IndexEmitter<WindowStat>(
                w -> ElasticsearchSettings.monthlyIndex(alias, w.windowEnd()), w -> SinkDocuments.window(w, name)));
    }

    public static ElasticsearchSink<Spike> spikes(JobDefinition job) {
        String alias = job.elasticsearch().spikesAlias();
        String name = job.name();
        return build(job.elasticsearch(), new IndexEmitter<Spike>(
                s -> ElasticsearchSettings.monthlyIndex(alias, Instant.ofEpochMilli(s.episode().openedAt())),
                s -> SinkDocuments.spike(s, name)));
    }

    private static <T> ElasticsearchSink<T> build(ElasticsearchSettings es, IndexEmitter<T> emitter) {
        return new Elasticsearch8CompatibleSinkBuilder<T>()
                .setHosts(es.hosts().stream().map(ElasticsearchSinks::host).toArray(HttpHost[]::new))
                .setEmitter(emitter)
                .setBulkFlushMaxActions(es.bulkMaxActions())
                .setBulkFlushInterval(es.bulkInterval().toMillis())
                .setBulkFlushBackoffStrategy(FlushBackoffType.EXPONENTIAL, 5, 200)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    private static HttpHost host(String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 9200);
        return new HttpHost(uri.getHost(), port, uri.getScheme());
    }
}
