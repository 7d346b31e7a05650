package io.talentwatch.flow;

import io.talentwatch.definition.FlowCues.Role;
import io.talentwatch.definition.JobDefinition;
import io.talentwatch.model.Span;
import io.talentwatch.model.TalentFlow;
import io.talentwatch.text.Script;
import io.talentwatch.text.Sentences.Sentence;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.text.Vocabulary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Who hires people away from whom, read sentence by sentence from the watched names and the job's
 * flow cues ({@code flows:} in the job YAML). Each verb cue fixes which of the companies around it
 * gains and which loses people:
 * <ul>
 *   <li>hire: the subject gains, from the company after "from"/"من", else the one it hires from
 *       ("Meta poached OpenAI's researchers"); after "by"/"من قبل" the agent gains (passive);
 *   <li>join: the company joined gains, from the one after "from" or the one before the verb;
 *   <li>leave: the company after "to"/"for"/"إلى" gains, from the one left;
 *   <li>lose: the subject loses staff to the company after "to"/"لصالح".
 * </ul>
 * The subject is the nearest company before the verb, or right after it (Arabic verb-first order).
 * "its researchers"/"باحثيها" with no source in the sentence refers back to the last company named
 * before. Counts and money come from the same sentence, else from the whole text.
 */
public final class FlowExtractor implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Verb-first order: the subject follows the verb within this many words. */
    private static final int SUBJECT_AFTER_VERB = 2;
    /** A denial or attempt ({@code not:} cues) counts this many words before the verb ("did not hire"). */
    private static final int NOT_REACH = 3;
    /** A head count sits at most this many words before its noun ("three senior AI researchers"). */
    private static final int COUNT_REACH = 4;

    private final JobDefinition job;
    private final TextNormalizer normalizer;
    private transient volatile FlowCueIndex index;

    public FlowExtractor(JobDefinition job, TextNormalizer normalizer) {
        this.job = job;
        this.normalizer = normalizer;
    }

    /** {@code names} are the spans the watch list found in {@code text}, in text order. */
    public List<TalentFlow> extract(String text, List<Token> tokens, List<Sentence> sentences, List<Span> names) {
        if (job.flows().isEmpty() || tokens.isEmpty()) {
            return List.of();
        }
        String[] companyAt = companiesByToken(tokens, names);
        if (!twoCompanies(companyAt)) {
            return List.of();
        }
        Reading reading = new Reading(text, tokens, companyAt, index().roles(tokens));
        Map<String, TalentFlow> flows = new LinkedHashMap<>();
        String lastBefore = null;
        for (Sentence sentence : sentences) {
            for (int v = sentence.from(); v < sentence.to(); v++) {
                if (reading.isVerb(v) && !reading.denied(sentence, v)) {
                    reading.resolve(sentence, v, lastBefore).forEach(pair -> merge(flows, reading, sentence, pair));
                }
            }
            lastBefore = reading.lastCompany(sentence, lastBefore);
        }
        return List.copyOf(flows.values());
    }

    private void merge(Map<String, TalentFlow> flows, Reading reading, Sentence sentence, String[] pair) {
        Integer people = reading.headCount(sentence);
        Long money = reading.money(sentence);
        flows.merge(pair[0] + "<-" + pair[1],
                new TalentFlow(pair[0], pair[1], people, money, sentence.start(), sentence.end()),
                (first, later) -> new TalentFlow(first.acquirer(), first.source(),
                        first.people() != null ? first.people() : later.people(),
                        first.moneyUsd() != null ? first.moneyUsd() : later.moneyUsd(), first.start(), first.end()));
    }

    private static boolean twoCompanies(String[] companyAt) {
        String first = null;
        for (String company : companyAt) {
            if (company != null && first == null) {
                first = company;
            } else if (company != null && !company.equals(first)) {
                return true;
            }
        }
        return false;
    }

    /** Adds every key a flow cue is looked up by. */
    public void addTo(Vocabulary.Builder vocabulary) {
        index().addTo(vocabulary);
    }

    /** The company id at the first token of each name span (a person stands for their company); null elsewhere. */
    private static String[] companiesByToken(List<Token> tokens, List<Span> names) {
        String[] at = new String[tokens.size()];
        int t = 0;
        for (Span span : names) {
            if (span.kind() == Span.Kind.TOPIC) {
                continue;
            }
            while (t < tokens.size() && tokens.get(t).start() < span.start()) {
                t++;
            }
            if (t < tokens.size() && tokens.get(t).start() == span.start()) {
                at[t] = span.company();
            }
        }
        return at;
    }

    private FlowCueIndex index() {
        FlowCueIndex current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    current = new FlowCueIndex(job.flows(), normalizer);
                    index = current;
                }
            }
        }
        return current;
    }

    /** One text's tokens with their companies and cue roles, and the rules that read them. */
    private final class Reading {
        private final String text;
        private final List<Token> tokens;
        private final String[] companyAt;
        private final Role[] roles;
        /** The whole text's head count and money, read at most once: the fallback when a sentence has none. */
        private Integer textCount;
        private boolean textCountRead;
        /** The text's dollar amounts, read at most once. */
        private List<Money.Amount> amounts;

        Reading(String text, List<Token> tokens, String[] companyAt, Role[] roles) {
            this.text = text;
            this.tokens = tokens;
            this.companyAt = companyAt;
            this.roles = roles;
        }

        boolean isVerb(int i) {
            return roles[i] != null && roles[i].isVerb();
        }

        /** A {@code not:} cue shortly before the verb: "did not hire", "offered to hire", "لم تستقطب". */
        boolean denied(Sentence s, int v) {
            for (int i = Math.max(s.from(), v - NOT_REACH); i < v; i++) {
                if (roles[i] == Role.NOT) {
                    return true;
                }
            }
            return false;
        }

        /** [acquirer, source] pairs stated by verb {@code v}. */
        List<String[]> resolve(Sentence s, int v, String lastBefore) {
            int beforeAt = companyBefore(s, v);
            String before = beforeAt < 0 ? null : companyAt[beforeAt];
            String rightAfter = subjectAfter(s, v);
            if (tokens.get(v).script() == Script.ARABIC && rightAfter != null && beforeAt < v - 1) {
                before = null; // verb-first: "تستقطب فيه ميتا" — the company after the verb is its subject
            }
            Map<Role, List<String>> after = companiesAfter(s, v);
            String plain = first(after.get(null));
            String to = first(after.get(Role.TO));
            String by = first(after.get(Role.BY));
            List<String> from = after.get(Role.FROM);
            String acquirer;
            List<String> sources;
            switch (roles[v]) {
                case HIRE -> {
                    acquirer = by != null ? by : before != null ? before : rightAfter != null ? rightAfter : to;
                    sources = !from.isEmpty() ? from : by != null && before != null ? List.of(before)
                            : others(after.get(null), acquirer);
                    if (sources.isEmpty() && possessiveStaffAfter(s, v)) {
                        String earlier = companyBefore(s, v, acquirer);
                        sources = earlier != null ? List.of(earlier) : lastBefore != null ? List.of(lastBefore) : List.of();
                    }
                }
                case JOIN -> {
                    acquirer = plain != null ? plain : to;
                    sources = !from.isEmpty() ? from : before != null ? List.of(before) : List.of();
                }
                case LEAVE -> {
                    acquirer = to;
                    sources = !from.isEmpty() ? from : plain != null ? List.of(plain)
                            : before != null ? List.of(before) : List.of();
                }
                case LOSE -> {
                    String subject = before != null ? before : rightAfter;
                    acquirer = to != null ? to : first(others(after.get(null), subject));
                    sources = subject != null && staffBetween(v, s.to()) ? List.of(subject) : List.of();
                }
                default -> {
                    return List.of();
                }
            }
            List<String[]> pairs = new ArrayList<>();
            for (String source : sources) {
                if (acquirer != null && source != null && !acquirer.equals(source)) {
                    pairs.add(new String[] {acquirer, source});
                }
            }
            return pairs;
        }

        /** Companies after {@code v} in the sentence, grouped by the marker that precedes them (null: none). */
        private Map<Role, List<String>> companiesAfter(Sentence s, int v) {
            Map<Role, List<String>> byMarker = new java.util.HashMap<>();
            for (Role r : new Role[] {Role.FROM, Role.TO, Role.BY}) {
                byMarker.put(r, new ArrayList<>());
            }
            byMarker.put(null, new ArrayList<>());
            Role marker = null;
            for (int i = v + 1; i < s.to(); i++) {
                Role role = roles[i];
                if (role != null && role.isMarker()) {
                    marker = role;
                } else if (isVerb(i)) {
                    break; // the next verb states its own flow
                }
                if (companyAt[i] != null) {
                    byMarker.get(marker).add(companyAt[i]);
                }
            }
            return byMarker;
        }

        /** The token index of the nearest company before {@code v} in the sentence, or -1. */
        private int companyBefore(Sentence s, int v) {
            for (int i = v - 1; i >= s.from(); i--) {
                if (companyAt[i] != null) {
                    return i;
                }
            }
            return -1;
        }

        /** The nearest company before {@code v} in the sentence other than {@code except}. */
        private String companyBefore(Sentence s, int v, String except) {
            for (int i = v - 1; i >= s.from(); i--) {
                if (companyAt[i] != null && !companyAt[i].equals(except)) {
                    return companyAt[i];
                }
            }
            return null;
        }

        /** A company right after the verb that reads as its subject: no staff noun (an object) in between. */
        private String subjectAfter(Sentence s, int v) {
            for (int i = v + 1; i < Math.min(s.to(), v + 1 + SUBJECT_AFTER_VERB); i++) {
                if (companyAt[i] != null) {
                    return companyAt[i];
                }
                if (roles[i] != null) {
                    return null;
                }
            }
            return null;
        }

        /** The last company named in the sentence, else the one named before it. */
        String lastCompany(Sentence s, String before) {
            int last = companyBefore(s, s.to());
            return last < 0 ? before : companyAt[last];
        }

        /** "its researchers", "their engineers", "باحثيها", "موظفيهم" after the verb. */
        private boolean possessiveStaffAfter(Sentence s, int v) {
            for (int i = v + 1; i < s.to(); i++) {
                Token token = tokens.get(i);
                String form = token.form();
                if (roles[i] == Role.STAFF && i > 0 && isPossessive(tokens.get(i - 1).form())) {
                    return true;
                }
                if (token.script() == Script.ARABIC && form.length() > 4 && (form.endsWith("ها") || form.endsWith("هم"))
                        && index().isStaffStem(TextNormalizer.arabicStem(form.substring(0, form.length() - 2)))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPossessive(String form) {
            return form.equals("its") || form.equals("their") || form.equals("rival") || form.equals("rival's");
        }

        private boolean staffBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (roles[i] == Role.STAFF) {
                    return true;
                }
            }
            return false;
        }

        /** The head count before a staff noun in the sentence, else anywhere in the text. */
        Integer headCount(Sentence s) {
            OptionalInt inSentence = headCount(s.from(), s.to());
            if (inSentence.isPresent()) {
                return inSentence.getAsInt();
            }
            if (!textCountRead) {
                OptionalInt count = headCount(0, tokens.size());
                textCount = count.isPresent() ? count.getAsInt() : null;
                textCountRead = true;
            }
            return textCount;
        }

        private OptionalInt headCount(int from, int to) {
            for (int i = from; i < to; i++) {
                if (roles[i] != Role.STAFF) {
                    continue;
                }
                for (int k = i - 1; k >= Math.max(from, i - COUNT_REACH); k--) {
                    if (isVerb(k)) {
                        break; // "three OpenAI researchers" reads through the name, not through a verb
                    }
                    OptionalInt count = countAt(k);
                    if (count.isPresent()) {
                        return count;
                    }
                }
                if (i + 1 < to) {
                    OptionalInt count = HeadCounts.of(tokens.get(i + 1).form()); // باحثين اثنين
                    if (count.isPresent() && count.getAsInt() <= 2) {
                        return count;
                    }
                }
            }
            return OptionalInt.empty();
        }

        /** A number at token {@code k}; "two dozen" multiplies. */
        private OptionalInt countAt(int k) {
            String form = tokens.get(k).form();
            OptionalInt count = HeadCounts.of(form);
            if (count.isPresent() && HeadCounts.isDozen(form) && k > 0) {
                OptionalInt times = HeadCounts.of(tokens.get(k - 1).form());
                if (times.isPresent() && !HeadCounts.isDozen(tokens.get(k - 1).form())) {
                    return OptionalInt.of(times.getAsInt() * 12);
                }
            }
            return count;
        }

        Long money(Sentence s) {
            if (amounts == null) {
                amounts = Money.amountsIn(text);
            }
            int start = s.from() == 0 ? 0 : tokens.get(s.from() - 1).end(); // "$" comes before the first word
            OptionalLong amount = Money.largestBetween(amounts, start, s.end());
            if (amount.isEmpty()) {
                amount = Money.largestBetween(amounts, 0, text.length());
            }
            return amount.isPresent() ? amount.getAsLong() : null;
        }
    }

    private static String first(List<String> companies) {
        return companies == null || companies.isEmpty() ? null : companies.get(0);
    }

    private static List<String> others(List<String> companies, String except) {
        for (String company : companies) {
            if (!company.equals(except)) {
                return List.of(company);
            }
        }
        return List.of();
    }
}
