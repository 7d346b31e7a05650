package io.talentwatch.job.stages;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import io.talentwatch.model.SeriesKey;
import io.talentwatch.model.SeriesMention;
import io.talentwatch.model.TalentFlow;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Stage 5, fan-out: each mention counts once in every series it belongs to: each company it names,
 * each of those again when it is on topic, and each talent flow it states.
 */
public final class PerSeries implements FlatMapFunction<Mention, SeriesMention> {
    private final double onTopicScore;
    private final String topic;

    public PerSeries(JobDefinition job) {
        this.onTopicScore = job.topic().minScore();
        this.topic = job.topic().id();
    }

    @Override
    public void flatMap(Mention mention, Collector<SeriesMention> out) {
        boolean onTopic = mention.onTopic(onTopicScore);
        for (String company : mention.companies()) {
            out.collect(counted(SeriesKey.company(company), mention, onTopic));
            if (onTopic) {
                out.collect(counted(SeriesKey.companyTopic(company, topic), mention, true));
            }
        }
        Set<SeriesKey> flows = new LinkedHashSet<>(); // a flow stated twice in one text counts once
        for (TalentFlow flow : mention.flows()) {
            flows.add(SeriesKey.flow(flow.acquirer(), flow.source()));
        }
        flows.forEach(series -> out.collect(counted(series, mention, onTopic)));
    }

    private static SeriesMention counted(SeriesKey series, Mention mention, boolean onTopic) {
        Document d = mention.document();
        return new SeriesMention(series, d.id(), d.published().toEpochMilli(), onTopic,
                mention.sentimentAbout(series.company()).score(), mention.topicScore(), d.language(), d.sourceName(),
                headline(d), d.url(), mention.topicTerms().toArray(String[]::new), mention.companies().toArray(String[]::new));
    }

    /** Social posts have no title: their first words stand in. */
    private static String headline(Document d) {
        if (d.title() != null) {
            return d.title();
        }
        String text = d.text() == null ? "" : d.text();
        return text.length() <= 140 ? text : text.substring(0, 139) + "…";
    }
}
