package org.apache.flink.connector.elasticsearch.sink;

import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.action.bulk.BackoffPolicy;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.action.bulk.BulkProcessor;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.client.RequestOptions;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.common.unit.ByteSizeUnit;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.common.unit.ByteSizeValue;
import org.apache.flink.elasticsearch7.shaded.org.elasticsearch.common.unit.TimeValue;

/**
 * The Elasticsearch 7 sink, speaking to Elasticsearch 8 in its REST compatibility mode.
 *
 * <p>ES 8 answers bulk requests without {@code _type}, which the 7.10 client cannot parse, unless
 * every request asks for version-7 responses through the compatible-with media type. The 3.0.1
 * builder has no hook for request options, and its factory types are package-private, hence this
 * class lives in the connector's package. It is the one place in TalentWatch that knows this; it
 * also works unchanged against Elasticsearch 7.17.
 */
public class Elasticsearch8CompatibleSinkBuilder<IN> extends Elasticsearch7SinkBuilder<IN> {
    private static final String COMPATIBLE_WITH_7 = "application/vnd.elasticsearch+json;compatible-with=7";

    @Override
    @SuppressWarnings("unchecked")
    public <T extends IN> Elasticsearch8CompatibleSinkBuilder<T> setEmitter(ElasticsearchEmitter<? super T> emitter) {
        super.setEmitter(emitter);
        return (Elasticsearch8CompatibleSinkBuilder<T>) this;
    }

    @Override
    protected BulkProcessorBuilderFactory getBulkProcessorBuilderFactory() {
        return (client, config, listener) -> {
            RequestOptions compatible = RequestOptions.DEFAULT.toBuilder()
                    .addHeader("Accept", COMPATIBLE_WITH_7)
                    .addHeader("Content-Type", COMPATIBLE_WITH_7)
                    .build();
            BulkProcessor.Builder builder = BulkProcessor.builder(
                    (request, bulkListener) -> client.bulkAsync(request, compatible, bulkListener), listener);
            if (config.getBulkFlushMaxActions() != -1) {
                builder.setBulkActions(config.getBulkFlushMaxActions());
            }
            if (config.getBulkFlushMaxMb() != -1) {
                builder.setBulkSize(new ByteSizeValue(config.getBulkFlushMaxMb(), ByteSizeUnit.MB));
            }
            if (config.getBulkFlushInterval() != -1) {
                builder.setFlushInterval(new TimeValue(config.getBulkFlushInterval()));
            }
            builder.setBackoffPolicy(backoff(config));
            return builder;
        };
    }

    private static BackoffPolicy backoff(BulkProcessorConfig config) {
        TimeValue delay = new TimeValue(config.getBulkFlushBackOffDelay());
        int retries = config.getBulkFlushBackoffRetries();
        switch (config.getFlushBackoffType()) {
            case CONSTANT:
                return BackoffPolicy.constantBackoff(delay, retries);
            case EXPONENTIAL:
                return BackoffPolicy.exponentialBackoff(delay, retries);
            default:
                return BackoffPolicy.noBackoff();
        }
    }
}
