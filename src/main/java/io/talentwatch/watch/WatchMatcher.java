package io.talentwatch.watch;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.model.Span;
import io.talentwatch.text.PhraseIndex;
import io.talentwatch.text.Sentences;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.text.TokenKeys;
import io.talentwatch.text.Vocabulary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds a job's companies, people and topic terms in a text: one left-to-right scan per index, the
 * longest phrase wins at each word. Ambiguous aliases ("Meta", "Apple", "ماسك") count only when
 * written as in the job definition (capitals included), not inside a hyphenated compound
 * ("meta-analysis"), and, when capitals prove nothing (a sentence's first word, Arabic script),
 * only with company context in the same text.
 * Thread-safe; serializable with the job definition, the index is rebuilt lazily after shipping.
 */
public final class WatchMatcher implements Serializable {
    private static final long serialVersionUID = 1L;

    private final JobDefinition job;
    private final TextNormalizer normalizer;
    private transient volatile WatchList watchList;

    public WatchMatcher(JobDefinition job) {
        this(job, new TextNormalizer());
    }

    public WatchMatcher(JobDefinition job, TextNormalizer normalizer) {
        this.job = job;
        this.normalizer = normalizer;
    }

    public WatchMatch match(String text) {
        if (text == null || text.isEmpty()) {
            return WatchMatch.NONE;
        }
        return match(text, normalizer.tokens(text));
    }

    /** For callers that already hold {@code text}'s tokens from the same kind of {@link TextNormalizer}. */
    public WatchMatch match(String text, List<Token> tokens) {
        WatchList list = watchList();
        List<Span> spans = new ArrayList<>();
        Map<TopicTerm, String> terms = new LinkedHashMap<>();
        scanTopics(list.topics(), tokens, spans, terms);
        List<NameHit> pending = new ArrayList<>();
        List<NameHit> names = scanNames(list.names(), text, tokens, pending);
        if (!pending.isEmpty()) {
            // An ambiguous name needs company context: another watched name, a topic term or a context word.
            boolean named = !names.isEmpty() || !terms.isEmpty();
            for (NameHit hit : pending) {
                if (named || list.hasContext(hit.target().companyId(), tokens)) {
                    names.add(hit);
                }
            }
        }
        if (spans.isEmpty() && names.isEmpty()) {
            return WatchMatch.NONE;
        }
        TreeSet<String> companies = new TreeSet<>();
        TreeSet<String> people = new TreeSet<>();
        for (NameHit hit : names) {
            NameTarget target = hit.target();
            companies.add(target.companyId());
            if (target.isPerson()) {
                people.add(target.person());
            }
            spans.add(hit.span());
        }
        spans.sort(Comparator.comparingInt(Span::start));
        double score = 0;
        for (TopicTerm term : terms.keySet()) {
            score += term.weight();
        }
        return new WatchMatch(List.copyOf(companies), List.copyOf(people), score, List.copyOf(terms.values()), spans);
    }

    public WatchList watchList() {
        WatchList current = watchList;
        if (current == null) {
            synchronized (this) {
                current = watchList;
                if (current == null) {
                    current = WatchList.compile(job, normalizer);
                    watchList = current;
                }
            }
        }
        return current;
    }

    /** A name found in the text and what it stands for. */
    private record NameHit(NameTarget target, Span span) {}

    /**
     * Names, longest phrase first at each word. Ambiguous aliases written unlike the job's spelling
     * are dropped; those the text alone cannot settle go to {@code pending}.
     */
    private static List<NameHit> scanNames(PhraseIndex<NameTarget> index, String text, List<Token> tokens,
            List<NameHit> pending) {
        List<NameHit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).in(Vocabulary.Part.NAMES)) {
                i++;
                continue;
            }
            int matched = 0;
            List<String> keys = TokenKeys.nameKeys(tokens.get(i));
            for (int k = 0; k < keys.size() && matched == 0; k++) {
                List<PhraseIndex.Phrase<NameTarget>> phrases = index.startingWith(keys.get(k));
                for (int p = 0; p < phrases.size() && matched == 0; p++) {
                    PhraseIndex.Phrase<NameTarget> phrase = phrases.get(p);
                    if (!PhraseIndex.continuesByForm(phrase, tokens, i)) {
                        continue;
                    }
                    int start = tokens.get(i).start();
                    int end = tokens.get(i + phrase.length() - 1).end();
                    for (NameTarget target : phrase.targets()) {
                        Span span = target.isPerson()
                                ? new Span(start, end, Span.Kind.PERSON, target.person(), target.companyId())
                                : new Span(start, end, Span.Kind.COMPANY, target.companyId(), target.companyId());
                        if (!target.ambiguous() || target.writtenPlainly(text.substring(start, end))) {
                            hits.add(new NameHit(target, span));
                        } else if (writtenAsName(target, text, tokens, i, start, end)) {
                            boolean settled = target.cased() && !Sentences.startsSentence(text, tokens, i);
                            (settled ? hits : pending).add(new NameHit(target, span));
                        } else {
                            continue;
                        }
                        matched = phrase.length();
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return hits;
    }

    private static void scanTopics(PhraseIndex<TopicTerm> index, List<Token> tokens, List<Span> spans,
            Map<TopicTerm, String> terms) {
        for (PhraseIndex.Hit<TopicTerm> hit : index.scanTerms(tokens, Vocabulary.Part.TOPIC_TERMS)) {
            TopicTerm term = hit.target();
            String written = terms.computeIfAbsent(term, t -> t.writtenFor(formsOf(tokens, hit.from(), hit.phrase().length())));
            spans.add(new Span(tokens.get(hit.from()).start(), tokens.get(hit.to() - 1).end(), Span.Kind.TOPIC, written, null));
        }
    }

    /**
     * Written exactly like the job's spelling (so "meta", "apple" do not count) and not half of
     * "Meta-analysis". Arabic script has no capitals to tell by; only the hyphen test applies.
     */
    private static boolean writtenAsName(NameTarget target, String text, List<Token> tokens, int i, int start, int end) {
        if (!target.cased()) {
            return !hyphenatedBefore(text, start) && !hyphenatedAfter(text, end);
        }
        List<String> written = target.writtenWords();
        for (int k = 0; k < written.size(); k++) {
            Token token = tokens.get(i + k);
            String word = written.get(k);
            if (token.end() - token.start() < word.length() || !text.startsWith(word, token.start())) {
                return false;
            }
        }
        return !hyphenatedBefore(text, start) && !hyphenatedAfter(text, end);
    }

    private static boolean hyphenatedBefore(String text, int start) {
        return start >= 2 && isHyphen(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start - 2));
    }

    private static boolean hyphenatedAfter(String text, int end) {
        return end + 1 < text.length() && isHyphen(text.charAt(end)) && Character.isLetterOrDigit(text.charAt(end + 1));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static String formsOf(List<Token> tokens, int from, int length) {
        StringBuilder joined = new StringBuilder();
        for (int k = from; k < from + length; k++) {
            joined.append(k > from ? " " : "").append(tokens.get(k).form());
        }
        return joined.toString();
    }
}
