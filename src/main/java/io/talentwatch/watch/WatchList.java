package io.talentwatch.watch;

import io.talentwatch.definition.Company;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.Person;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job definition's companies, people and topic terms, normalized exactly like document text and
 * indexed by first word. Names are indexed by whole normalized words, topic terms by light stems.
 */
public final class WatchList implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PhraseIndex<NameTarget> names;
    private final PhraseIndex<TopicTerm> topics;

    private WatchList(PhraseIndex<NameTarget> names, PhraseIndex<TopicTerm> topics) {
        this.names = names;
        this.topics = topics;
    }

    public static WatchList compile(JobDefinition job, TextNormalizer normalizer) {
        return new WatchList(names(job, normalizer), topics(job, normalizer));
    }

    PhraseIndex<NameTarget> names() {
        return names;
    }

    PhraseIndex<TopicTerm> topics() {
        return topics;
    }

    /** Distinct normalized name phrases and topic terms, for logs and tests. */
    public int nameCount() {
        return names.size();
    }

    public int topicTermCount() {
        return topics.size();
    }

    private static PhraseIndex<NameTarget> names(JobDefinition job, TextNormalizer normalizer) {
        PhraseIndex.Builder<NameTarget> builder = new PhraseIndex.Builder<>();
        for (Company company : job.companies()) {
            Map<List<String>, List<String>> ambiguous = new HashMap<>();
            for (String alias : company.ambiguous()) {
                List<Token> tokens = normalizer.tokens(alias);
                ambiguous.put(tokens.stream().map(Token::form).toList(),
                        tokens.stream().map(t -> t.surface(alias)).toList());
            }
            for (String alias : company.allAliases()) {
                List<String> keys = normalizer.forms(alias);
                builder.add(keys, new NameTarget(company.id(), null, ambiguous.getOrDefault(keys, List.of())));
            }
        }
        for (Person person : job.people()) {
            for (String alias : person.allAliases()) {
                builder.add(normalizer.forms(alias), new NameTarget(person.company(), person.name(), List.of()));
            }
        }
        return builder.build();
    }

    /** Groups the vocabulary (all languages) by stemmed words, then indexes one term per group. */
    private static PhraseIndex<TopicTerm> topics(JobDefinition job, TextNormalizer normalizer) {
        Map<List<String>, Map<String, Double>> groups = new LinkedHashMap<>();
        job.topic().terms().values().forEach(weighted -> weighted.forEach((written, weight) ->
                groups.computeIfAbsent(normalizer.stems(written), k -> new LinkedHashMap<>()).put(written, weight)));
        PhraseIndex.Builder<TopicTerm> builder = new PhraseIndex.Builder<>();
        groups.forEach((keys, entries) -> {
            // The reported spelling: the heaviest entry, then the shortest, so the choice is stable.
            String primary = entries.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
                            .thenComparing(e -> e.getKey().length())
                            .thenComparing(Map.Entry::getKey))
                    .findFirst().orElseThrow().getKey();
            Map<String, String> byForm = new HashMap<>();
            entries.keySet().forEach(written -> byForm.put(String.join(" ", normalizer.forms(written)), written));
            builder.add(keys, new TopicTerm(entries.get(primary), primary, byForm));
        });
        return builder.build();
    }
}
