package io.talentwatch.setup;

import io.talentwatch.definition.Company;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.Person;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Lucene query of the dashboard's "Latest mentions": every mention ({@code companies:*}), OR
 * each watched name and topic term of the job as a phrase, less the mentions their source deleted.
 * The phrases do not narrow the hits; they are there so that Kibana highlights in titles and texts
 * what the job matched.
 */
public final class MatchedTermsQuery {
    private MatchedTermsQuery() {}

    public static String of(JobDefinition job) {
        Set<String> phrases = new LinkedHashSet<>();
        for (Company company : job.companies()) {
            phrases.addAll(company.allAliases());
        }
        for (Person person : job.people()) {
            phrases.addAll(person.allAliases());
        }
        for (Map<String, Double> weighted : job.topic().terms().values()) {
            weighted.keySet().stream().sorted().forEach(phrases::add);
        }
        return "(companies:* OR " + phrases.stream().map(MatchedTermsQuery::phrase).collect(Collectors.joining(" OR "))
                + ") AND NOT deleted:true";
    }

    private static String phrase(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
