package io.talentwatch.definition;

import static io.talentwatch.definition.Settings.checkLanguage;
import static io.talentwatch.definition.Settings.orDefault;
import static io.talentwatch.definition.Settings.required;

import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The watched topic as weighted terms per language. A document's topic score is the sum of the
 * weights of the distinct terms it contains, plus {@code flow-weight} when it states a talent flow
 * (people moving from one watched company to another is the topic, whatever the words); it is on
 * topic at {@code min-score} or more.
 */
public record TopicVocabulary(String id, Double minScore, Double flowWeight, Map<String, Map<String, Double>> terms)
        implements Serializable {
    public TopicVocabulary {
        id = required("id", id);
        minScore = orDefault(minScore, 2.0);
        if (!(minScore > 0)) {
            throw new InvalidSetting("min-score", "must be positive, got " + minScore);
        }
        flowWeight = orDefault(flowWeight, 0.0);
        if (flowWeight < 0) {
            throw new InvalidSetting("flow-weight", "must not be negative, got " + flowWeight);
        }
        if (terms == null || terms.isEmpty()) {
            throw new InvalidSetting("terms", "needs at least one language with weighted terms");
        }
        terms.forEach((language, weighted) -> {
            checkLanguage("terms", language);
            if (weighted == null || weighted.isEmpty()) {
                throw new InvalidSetting("terms." + language, "needs at least one term");
            }
            weighted.forEach((term, weight) -> {
                if (term.isBlank() || weight == null || !(weight > 0)) {
                    throw new InvalidSetting("terms." + language + "." + term, "weight must be a positive number, got " + weight);
                }
            });
        });
        terms = terms.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }
}
