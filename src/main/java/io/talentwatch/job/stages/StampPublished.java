package io.talentwatch.job.stages;

import io.talentwatch.model.Mention;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Gives each mention its item's own time as its record time again. A mention that deduplication
 * let through on a processing-time timer (the feeds had fallen quiet) leaves without one, and the
 * event-time windows after it need one. Watermarks pass through unchanged.
 */
public final class StampPublished extends AbstractStreamOperator<Mention> implements OneInputStreamOperator<Mention, Mention> {
    @Override
    public void processElement(StreamRecord<Mention> element) {
        output.collect(element.replace(element.getValue(), element.getValue().document().published().toEpochMilli()));
    }
}
