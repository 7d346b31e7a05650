package io.talentwatch.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document that names at least one watched company, with everything enrichment found: the unit
 * written to the mentions index. {@code spans} locate the matched names and topic terms in
 * {@link Document#fullText()} so Kibana can highlight them; {@code companySentiment} scores only
 * the sentences that name each company (sorted by company id).
 */
public record Mention(
        Document document,
        List<String> companies,
        List<String> people,
        double topicScore,
        List<String> topicTerms,
        List<Span> spans,
        List<TalentFlow> flows,
        Sentiment sentiment,
        Map<String, Sentiment> companySentiment) implements Serializable {

    public Mention {
        companies = List.copyOf(companies);
        people = List.copyOf(people);
        topicTerms = List.copyOf(topicTerms);
        spans = List.copyOf(spans);
        flows = List.copyOf(flows);
        companySentiment = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(companySentiment));
    }

    public boolean onTopic(double minScore) {
        return topicScore >= minScore;
    }

    /** The sentiment of the sentences naming {@code companyId}; the document's when none does. */
    public Sentiment sentimentAbout(String companyId) {
        return companySentiment.getOrDefault(companyId, sentiment);
    }
}
