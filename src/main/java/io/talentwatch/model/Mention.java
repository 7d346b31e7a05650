package io.talentwatch.model;

import java.io.Serializable;
import java.util.List;

/**
 * A document that matched the watch list, with what matched and how it reads: the unit written
 * to the mentions index. {@code topicTerms} are the matched vocabulary entries, kept so Kibana
 * can highlight them.
 */
public record Mention(
        Document document,
        List<String> companies,
        List<String> people,
        double topicScore,
        List<String> topicTerms,
        double sentiment) implements Serializable {

    public Mention {
        companies = List.copyOf(companies);
        people = List.copyOf(people);
        topicTerms = List.copyOf(topicTerms);
    }

    public Mention withSentiment(double score) {
        return new Mention(document, companies, people, topicScore, topicTerms, score);
    }

    public boolean onTopic(double minScore) {
        return topicScore >= minScore;
    }
}
