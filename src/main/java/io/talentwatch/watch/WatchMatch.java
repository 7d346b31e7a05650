package io.talentwatch.watch;

import io.talentwatch.model.Span;
import java.io.Serializable;
import java.util.List;

/**
 * What a text names from the watch list. {@code companyIds} are sorted and distinct and include the
 * companies of the people named; {@code topicScore} is the sum of the weights of the distinct
 * {@code topicTerms} (as written in the job definition); {@code spans} are in text order.
 */
public record WatchMatch(
        List<String> companyIds,
        List<String> people,
        double topicScore,
        List<String> topicTerms,
        List<Span> spans) implements Serializable {

    public static final WatchMatch NONE = new WatchMatch(List.of(), List.of(), 0, List.of(), List.of());

    public WatchMatch {
        companyIds = List.copyOf(companyIds);
        people = List.copyOf(people);
        topicTerms = List.copyOf(topicTerms);
        spans = List.copyOf(spans);
    }

    public boolean namesACompany() {
        return !companyIds.isEmpty();
    }
}
