package io.talentwatch.sink;

import io.talentwatch.definition.ElasticsearchSettings;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.model.Mention;
import io.talentwatch.model.Spike;
import io.talentwatch.model.WindowStat;
import io.talentwatch.model.Withdrawal;
import java.net.URI;
import java.time.Instant;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.elasticsearch.sink.Elasticsearch7SinkBuilder;
import org.apache.flink.connector.elasticsearch.sink.Elasticsearch8CompatibleSinkBuilder;
import org.apache.flink.connector.elasticsearch.sink.ElasticsearchSink;
import org.apache.flink.connector.elasticsearch.sink.FlushBackoffType;
import org.apache.flink.elasticsearch7.shaded.org.apache.http.HttpHost;

/**
 * The three Elasticsearch outputs, each to a monthly index behind its alias ({@link
 * ElasticsearchSettings#monthlyIndex}): mentions by publication time, windows by window end, spikes
 * by the time they opened, so every update of a spike lands in the same index. Every document has
 * a stable id, so a replay overwrites instead of duplicating. Each routing turns elements into
 * documents, which the job checks (ValidateDocuments) before {@link #sink} writes them, with the
 * credentials resolved here, in the JVM that builds the job.
 */
public final class ElasticsearchSinks {
    private ElasticsearchSinks() {}

    public static DocumentRouting<Mention> mentions(JobDefinition job) {
        String alias = job.elasticsearch().mentionsAlias();
        String name = job.name();
        double minScore = job.topic().minScore();
        // Merged, not replaced: mentions and withdrawals go out through two sinks whose bulk requests
        // interleave, so a withdrawal may reach Elasticsearch before the version it withdraws, and its
        // deleted mark must survive that write.
        return DocumentRouting.<Mention>merging(job.elasticsearch().indexPrefix(),
                m -> ElasticsearchSettings.monthlyIndex(alias, m.document().published()),
                m -> SinkDocuments.mention(m, name, minScore));
    }

    /** A withdrawn mention: its document, in the index of its own month, marked deleted. */
    public static DocumentRouting<Withdrawal> withdrawals(JobDefinition job) {
        String alias = job.elasticsearch().mentionsAlias();
        String name = job.name();
        return DocumentRouting.merging(job.elasticsearch().indexPrefix(),
                w -> ElasticsearchSettings.monthlyIndex(alias, w.published()), w -> SinkDocuments.withdrawal(w, name));
    }

    public static DocumentRouting<WindowStat> windows(JobDefinition job) {
        String alias = job.elasticsearch().windowsAlias();
        String name = job.name();
        return new DocumentRouting<WindowStat>(job.elasticsearch().indexPrefix(),
                w -> ElasticsearchSettings.monthlyIndex(alias, w.windowEnd()), w -> SinkDocuments.window(w, name));
    }

    public static DocumentRouting<Spike> spikes(JobDefinition job) {
        String alias = job.elasticsearch().spikesAlias();
        String name = job.name();
        return new DocumentRouting<Spike>(job.elasticsearch().indexPrefix(),
                s -> ElasticsearchSettings.monthlyIndex(alias, Instant.ofEpochMilli(s.episode().openedAt())),
                s -> SinkDocuments.spike(s, name));
    }

    /**
     * Writes checked documents. https is trusted through the JVM's default SSLContext (the REST
     * client's own default), so {@code -Djavax.net.ssl.trustStore} on the TaskManagers is all it
     * takes. The password is resolved here, from the environment or a file where {@code main} runs
     * (the JobManager, for a submitted job), and travels inside the serialized sink only.
     */
    public static ElasticsearchSink<IndexedDocument> sink(JobDefinition job) {
        ElasticsearchSettings es = job.elasticsearch();
        Elasticsearch7SinkBuilder<IndexedDocument> builder = new Elasticsearch8CompatibleSinkBuilder<IndexedDocument>()
                .setHosts(es.hosts().stream().map(ElasticsearchSinks::host).toArray(HttpHost[]::new))
                .setEmitter(new IndexedDocumentEmitter())
                .setBulkFlushMaxActions(es.bulkMaxActions())
                .setBulkFlushInterval(es.bulkInterval().toMillis())
                .setBulkFlushBackoffStrategy(FlushBackoffType.EXPONENTIAL, 5, 200)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE);
        es.credentials().ifPresent(login -> builder
                .setConnectionUsername(login.username())
                .setConnectionPassword(login.password().reveal()));
        return builder.build();
    }

    private static HttpHost host(String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 9200);
        return new HttpHost(uri.getHost(), port, uri.getScheme());
    }
}
