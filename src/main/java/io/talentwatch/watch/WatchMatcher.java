package io.talentwatch.watch;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.text.TokenKeys;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds a job's companies, people and topic terms in a text: one left-to-right scan per index, the
 * longest phrase wins at each word. Ambiguous aliases ("Meta", "Apple") count only when written as
 * in the job definition (capitals included) and not inside a hyphenated compound ("meta-analysis").
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
        TreeSet<String> companies = new TreeSet<>();
        TreeSet<String> people = new TreeSet<>();
        scanNames(list.names(), text, tokens, spans, companies, people);
        Map<TopicTerm, String> terms = new LinkedHashMap<>();
        scanTopics(list.topics(), tokens, spans, terms);
        if (spans.isEmpty()) {
            return WatchMatch.NONE;
        }
        spans.sort(Comparator.comparingInt(Span::start));
        double score = terms.keySet().stream().mapToDouble(TopicTerm::weight).sum();
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

    private static void scanNames(PhraseIndex<NameTarget> index, String text, List<Token> tokens, List<Span> spans,
            TreeSet<String> companies, TreeSet<String> people) {
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (String key : TokenKeys.nameKeys(tokens.get(i))) {
                for (PhraseIndex.Phrase<NameTarget> phrase : index.startingWith(key)) {
                    if (!continues(phrase, tokens, i, Token::form)) {
                        continue;
                    }
                    int start = tokens.get(i).start();
                    int end = tokens.get(i + phrase.length() - 1).end();
                    for (NameTarget target : phrase.targets()) {
                        if (target.ambiguous() && !writtenAsName(target, text, tokens, i, start, end)) {
                            continue;
                        }
                        companies.add(target.companyId());
                        if (target.isPerson()) {
                            people.add(target.person());
                            spans.add(new Span(start, end, Span.Kind.PERSON, target.person()));
                        } else {
                            spans.add(new Span(start, end, Span.Kind.COMPANY, target.companyId()));
                        }
                        matched = phrase.length();
                    }
                    if (matched > 0) {
                        break;
                    }
                }
                if (matched > 0) {
                    break;
                }
            }
            i += Math.max(1, matched);
        }
    }

    private static void scanTopics(PhraseIndex<TopicTerm> index, List<Token> tokens, List<Span> spans,
            Map<TopicTerm, String> terms) {
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (String key : TokenKeys.termKeys(tokens.get(i))) {
                for (PhraseIndex.Phrase<TopicTerm> phrase : index.startingWith(key)) {
                    if (continues(phrase, tokens, i, Token::stem)) {
                        TopicTerm term = phrase.targets().get(0);
                        String written = terms.get(term);
                        if (written == null) {
                            written = term.writtenFor(formsOf(tokens, i, phrase.length()));
                            terms.put(term, written);
                        }
                        spans.add(new Span(tokens.get(i).start(), tokens.get(i + phrase.length() - 1).end(),
                                Span.Kind.TOPIC, written));
                        matched = phrase.length();
                        break;
                    }
                }
                if (matched > 0) {
                    break;
                }
            }
            i += Math.max(1, matched);
        }
    }

    /** Whether the phrase's words after the first follow token {@code i} (the first was looked up by key). */
    private static <T> boolean continues(PhraseIndex.Phrase<T> phrase, List<Token> tokens, int i, Function<Token, String> key) {
        if (i + phrase.length() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length(); k++) {
            if (!phrase.keys().get(k).equals(key.apply(tokens.get(i + k)))) {
                return false;
            }
        }
        return true;
    }

    /** Written exactly like the job's spelling (so "meta", "apple" do not count) and not half of "Meta-analysis". */
    private static boolean writtenAsName(NameTarget target, String text, List<Token> tokens, int i, int start, int end) {
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
