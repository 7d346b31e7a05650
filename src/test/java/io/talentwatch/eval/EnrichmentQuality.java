package io.talentwatch.eval;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.enrich.Enricher;
import io.talentwatch.enrich.Enrichment;
import io.talentwatch.model.Document;
import io.talentwatch.model.SourceKind;
import io.talentwatch.model.TalentFlow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Runs the job's enrichment over labelled items and tallies each task against the labels. */
final class EnrichmentQuality {
    static final List<String> TASKS = List.of("language", "companies", "topic", "flows", "flow people and money",
            "sentiment", "sentiment: negative", "sentiment: positive");

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, Integer> items = new LinkedHashMap<>();

    private EnrichmentQuality() {
        TASKS.forEach(task -> tallies.put(task, new Tally()));
    }

    /**
     * Language is judged on every item (the set's language and "other"); the other tasks on the
     * items in the set's language, the ones the lexicons and vocabulary are written for.
     */
    static EnrichmentQuality measure(JobDefinition job, List<LabelledItem> labelled, String language,
            Predicate<LabelledItem> which) {
        Enricher enricher = new Enricher(job);
        double onTopic = job.topic().minScore();
        EnrichmentQuality quality = new EnrichmentQuality();
        for (LabelledItem item : labelled) {
            if (!which.test(item)) {
                continue;
            }
            Enrichment found = enricher.analyze(document(item));
            String detected = found.document().language();
            quality.tally("language").decide(language.equals(item.lang()), language.equals(detected));
            quality.count("language");
            if (!language.equals(item.lang())) {
                continue;
            }
            quality.tally("companies").compare(item.companies(), new TreeSet<>(found.match().companyIds()));
            quality.tally("topic").decide(item.topic(), found.topicScore() >= onTopic);
            quality.compareFlows(item, found.flows());
            String label = found.sentiment().label().wireName();
            quality.tally("sentiment").decide(true, item.sentiment().equals(label));
            quality.tally("sentiment: negative").decide("negative".equals(item.sentiment()), "negative".equals(label));
            quality.tally("sentiment: positive").decide("positive".equals(item.sentiment()), "positive".equals(label));
            for (String task : List.of("companies", "topic", "flows", "sentiment", "sentiment: negative", "sentiment: positive")) {
                quality.count(task);
            }
        }
        return quality;
    }

    private void compareFlows(LabelledItem item, List<TalentFlow> found) {
        Set<String> expected = item.flows().stream().map(LabelledItem.Flow::direction).collect(Collectors.toCollection(TreeSet::new));
        Set<String> predicted = found.stream().map(TalentFlow::direction).collect(Collectors.toCollection(TreeSet::new));
        tally("flows").compare(expected, predicted);
        // Head count and money, judged on the flows found in the right direction.
        for (LabelledItem.Flow flow : item.flows()) {
            for (TalentFlow match : found) {
                if (match.direction().equals(flow.direction())) {
                    tally("flow people and money").compare(quantities(flow.people(), flow.moneyUsd()),
                            quantities(match.people(), match.moneyUsd()));
                    count("flow people and money");
                }
            }
        }
    }

    private static Set<String> quantities(Integer people, Long money) {
        Set<String> set = new TreeSet<>();
        if (people != null) {
            set.add("people=" + people);
        }
        if (money != null) {
            set.add("money=" + money);
        }
        return set;
    }

    private static Document document(LabelledItem item) {
        Instant at = Instant.parse("2025-07-01T00:00:00Z");
        return new Document(item.id(), "social".equals(item.kind()) ? SourceKind.SOCIAL : SourceKind.NEWS, "eval",
                null, null, item.title(), item.text(), null, at, at);
    }

    Tally tally(String task) {
        return tallies.get(task);
    }

    private void count(String task) {
        items.merge(task, 1, Integer::sum);
    }

    /** Markdown rows: | set | task | items | precision | recall | accuracy |. */
    String rows(String set) {
        StringBuilder out = new StringBuilder();
        tallies.forEach((task, t) -> {
            boolean multiClass = task.equals("sentiment"); // one of three labels: accuracy is the figure
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s |%n", set, task, items.getOrDefault(task, 0),
                    multiClass ? "–" : pct(t.precision()), multiClass ? "–" : pct(t.recall()), pct(t.accuracy())));
        });
        return out.toString();
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }
}
