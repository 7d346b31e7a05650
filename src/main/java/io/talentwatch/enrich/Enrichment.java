package io.talentwatch.enrich;

import io.talentwatch.model.Document;
import io.talentwatch.model.Mention;
import io.talentwatch.model.Sentiment;
import io.talentwatch.model.TalentFlow;
import io.talentwatch.watch.WatchMatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything enrichment reads in one document, whether or not it names a watched company: what
 * {@code talentwatch enrich} prints, and what becomes a {@link Mention} when a company is named.
 * {@code topicScore} is the vocabulary's score plus the job's flow weight when a flow was found.
 */
public record Enrichment(
        Document document,
        WatchMatch match,
        double topicScore,
        List<TalentFlow> flows,
        Sentiment sentiment,
        Map<String, Sentiment> companySentiment) {

    public Enrichment {
        flows = List.copyOf(flows);
        companySentiment = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(companySentiment));
    }

    /** The mention, when the document names a watched company. */
    public Optional<Mention> mention() {
        return match.namesACompany() ? Optional.of(asMention()) : Optional.empty();
    }

    /** The same fields as a mention even when no company is named, to show why nothing matched. */
    public Mention asMention() {
        return new Mention(document, match.companyIds(), match.people(), topicScore,
                match.topicTerms(), match.spans(), flows, sentiment, companySentiment);
    }
}
