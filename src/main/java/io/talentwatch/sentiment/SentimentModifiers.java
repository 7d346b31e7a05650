package io.talentwatch.sentiment;

import io.talentwatch.text.Script;
import io.talentwatch.text.Token;
import io.talentwatch.text.Vocabulary;
import java.util.Map;
import java.util.Set;

/**
 * Words that change the sentiment words near them instead of carrying their own: negators flip the
 * next few words; contrasts (but, لكن) shift the weight to what follows; intensifiers scale the next word (English, Arabic أكثر) or, for Arabic جدا,
 * للغاية and the like, the word before. Arabic forms are normalized (ة→ه, no tanween).
 */
final class SentimentModifiers {
    private static final Set<String> ENGLISH_NEGATORS = Set.of(
            "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without");
    private static final Set<String> ARABIC_NEGATORS = Set.of(
            "لا", "لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "غير", "ما", "بدون", "دون",
            "مش", "مو", "مب", "مافي", "ماكو"); // Egyptian and Levantine مش, Gulf مو and مب, مافي and Iraqi ماكو "there is no"
    private static final Set<String> ENGLISH_CONTRAST = Set.of("but", "however", "nevertheless", "nonetheless");
    private static final Set<String> ARABIC_CONTRAST = Set.of(
            "لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "لكنني", "بيد");
    private static final Set<String> LONG_REACH = Set.of("لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا");
    /** لا يزال, ما زال: "still", not a negation. */
    private static final Set<String> ARABIC_STILL = Set.of(
            "يزال", "تزال", "يزالون", "تزالان", "زال", "زالت", "زالوا", "نزال", "ازال");

    private static final Map<String, Double> BEFORE = Map.ofEntries(
            Map.entry("very", 1.5), Map.entry("really", 1.4), Map.entry("extremely", 1.8), Map.entry("highly", 1.5),
            Map.entry("deeply", 1.5), Map.entry("hugely", 1.5), Map.entry("totally", 1.4), Map.entry("absolutely", 1.6),
            Map.entry("incredibly", 1.7), Map.entry("so", 1.3), Map.entry("truly", 1.4), Map.entry("seriously", 1.4),
            Map.entry("slightly", 0.5), Map.entry("somewhat", 0.6), Map.entry("barely", 0.4), Map.entry("mildly", 0.6),
            Map.entry("fairly", 0.8), Map.entry("marginally", 0.5),
            Map.entry("اكثر", 1.3), Map.entry("اشد", 1.5), Map.entry("بالغ", 1.5));
    private static final Map<String, Double> AFTER = Map.of(
            "جدا", 1.5, "للغايه", 1.6, "بشده", 1.5, "كثيرا", 1.3, "تماما", 1.4, "شديد", 1.4, "شديده", 1.4,
            "قليلا", 0.5, "نسبيا", 0.7);

    private SentimentModifiers() {}

    /** Every form any rule here reads (negators also with an attached و or ف): one lookup rules most words out. */
    private static final Set<String> ANY = anyForm();

    private static Set<String> anyForm() {
        Set<String> forms = new java.util.HashSet<>();
        forms.addAll(ENGLISH_NEGATORS);
        forms.addAll(ENGLISH_CONTRAST);
        forms.addAll(ARABIC_CONTRAST);
        forms.addAll(BEFORE.keySet());
        forms.addAll(AFTER.keySet());
        forms.add("الا");
        for (String negator : ARABIC_NEGATORS) {
            forms.add(negator);
            forms.add("و" + negator);
            forms.add("ف" + negator);
        }
        return Set.copyOf(forms);
    }

    /** Every form a rule here reads (see {@link Vocabulary}); n't is found by its ending. */
    static Set<String> forms() {
        return ANY;
    }

    /** False for a word no modifier rule can apply to: the scorer then reads only its valence. */
    static boolean mayModify(Token token) {
        String form = token.form();
        return (token.in(Vocabulary.Part.SENTIMENT) && ANY.contains(form)) || negatedVerb(token);
    }

    /** don't, isn't, can’t: English negation written into the verb. */
    private static boolean negatedVerb(Token token) {
        String form = token.form();
        int length = form.length();
        return token.script() == Script.LATIN && length >= 3 && form.charAt(length - 1) == 't'
                && (form.endsWith("n't") || form.endsWith("n\u2019t"));
    }

    /** "but", "however", لكن and the like, and غير أن ("however", not a negation). */
    static boolean contrasts(Token token, Token next) {
        String form = token.form();
        if (token.script() == Script.LATIN) {
            return ENGLISH_CONTRAST.contains(form) && (next == null || !"also".equals(next.form())); // not "not only ... but also"
        }
        if (token.script() != Script.ARABIC) {
            return false;
        }
        return ARABIC_CONTRAST.contains(form)
                || (next != null && ("ان".equals(next.form())) && ("غير".equals(form) || "الا".equals(form)));
    }

    /** لم, لن, ليس and its forms negate a whole predicate ("لم يكن القرار حكيما"), so they reach further. */
    static boolean negatesAPredicate(Token token) {
        return token.script() == Script.ARABIC && LONG_REACH.contains(stripConjunction(token.form()));
    }

    private static String stripConjunction(String form) {
        return form.length() > 2 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف') ? form.substring(1) : form;
    }

    static boolean negates(Token token, Token next) {
        String form = token.form();
        if (token.script() == Script.LATIN) {
            return ENGLISH_NEGATORS.contains(form) || negatedVerb(token);
        }
        if (token.script() != Script.ARABIC) {
            return false;
        }
        if (!ARABIC_NEGATORS.contains(form)) {
            // ولا, فلم: the negator with an attached conjunction
            if (form.length() < 3 || (form.charAt(0) != 'و' && form.charAt(0) != 'ف')
                    || !ARABIC_NEGATORS.contains(form.substring(1))) {
                return false;
            }
        }
        return next == null || !ARABIC_STILL.contains(next.form());
    }

    /** The factor for the next sentiment word, or 0 when {@code token} is no such intensifier. */
    static double before(Token token) {
        Double factor = BEFORE.get(token.form()); // get, not getOrDefault(…, 0.0): no boxed default per word
        return factor == null ? 0 : factor;
    }

    /** The factor for the previous sentiment word, or 0 when {@code token} is no such intensifier. */
    static double after(Token token) {
        Double factor = token.script() == Script.ARABIC ? AFTER.get(token.form()) : null;
        return factor == null ? 0 : factor;
    }
}
