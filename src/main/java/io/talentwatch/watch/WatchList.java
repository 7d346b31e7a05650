package io.talentwatch.watch;

import io.talentwatch.definition.Company;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.Person;
import io.talentwatch.text.PhraseIndex;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.text.TokenKeys;
import io.talentwatch.text.Vocabulary;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job definition's companies, people and topic terms, normalized exactly like document text and
 * indexed by first word. Names are indexed by whole normalized words, topic terms by light stems.
 */
public final class WatchList implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PhraseIndex<NameTarget> names;
    private final PhraseIndex<TopicTerm> topics;
    /** Per company, the light stems of its context words (single words; see {@link Company#context()}). */
    private final Map<String, Set<String>> contextStems;

    private WatchList(PhraseIndex<NameTarget> names, PhraseIndex<TopicTerm> topics, Map<String, Set<String>> contextStems) {
        this.names = names;
        this.topics = topics;
        this.contextStems = contextStems;
    }

    public static WatchList compile(JobDefinition job, TextNormalizer normalizer) {
        Map<String, Set<String>> context = new HashMap<>();
        for (Company company : job.companies()) {
            Set<String> stems = new HashSet<>();
            company.allContext().forEach(word -> stems.addAll(normalizer.stems(word)));
            context.put(company.id(), Set.copyOf(stems));
        }
        return new WatchList(names(job, normalizer), topics(job, normalizer), Map.copyOf(context));
    }

    /** Whether a token of the text is one of the company's context words. */
    boolean hasContext(String companyId, List<Token> tokens) {
        Set<String> stems = contextStems.getOrDefault(companyId, Set.of());
        if (stems.isEmpty()) {
            return false;
        }
        for (Token token : tokens) {
            if (!token.in(Vocabulary.Part.COMPANY_CONTEXT)) {
                continue;
            }
            for (String key : TokenKeys.termKeys(token)) {
                if (stems.contains(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds every key a name, topic term or context word is looked up by. */
    public void addTo(Vocabulary.Builder vocabulary) {
        vocabulary.add(Vocabulary.Part.NAMES, names.firstKeys());
        vocabulary.add(Vocabulary.Part.TOPIC_TERMS, topics.firstKeys());
        contextStems.values().forEach(stems -> vocabulary.add(Vocabulary.Part.COMPANY_CONTEXT, stems));
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
            addNames(builder, company.id(), null, company.allAliases(), company.ambiguous(), normalizer);
        }
        for (Person person : job.people()) {
            addNames(builder, person.company(), person.name(), person.allAliases(), person.ambiguous(), normalizer);
        }
        return builder.build();
    }

    private static void addNames(PhraseIndex.Builder<NameTarget> builder, String companyId, String person,
            List<String> aliases, List<String> ambiguousAliases, TextNormalizer normalizer) {
        Map<List<String>, List<String>> ambiguous = writtenWords(ambiguousAliases, normalizer);
        Map<List<String>, Set<String>> plain = new HashMap<>();
        for (String alias : aliases) {
            if (!ambiguousAliases.contains(alias)) {
                plain.computeIfAbsent(normalizer.forms(alias), k -> new HashSet<>()).add(alias);
            }
        }
        for (String alias : aliases) {
            List<String> keys = normalizer.forms(alias);
            List<String> written = ambiguous.getOrDefault(keys, List.of());
            builder.add(keys, NameTarget.of(companyId, person, written,
                    written.isEmpty() ? Set.of() : plain.getOrDefault(keys, Set.of())));
        }
    }

    /** Ambiguous aliases by their normalized words, each mapped to its words as written. */
    private static Map<List<String>, List<String>> writtenWords(List<String> aliases, TextNormalizer normalizer) {
        Map<List<String>, List<String>> written = new HashMap<>();
        for (String alias : aliases) {
            List<Token> tokens = normalizer.tokens(alias);
            written.put(tokens.stream().map(Token::form).toList(), tokens.stream().map(t -> t.surface(alias)).toList());
        }
        return written;
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
