package io.talentwatch.sentiment;

import io.talentwatch.text.Script;
import io.talentwatch.text.Sentences.Sentence;
import io.talentwatch.text.Token;
import java.util.List;

/**
 * The same rules for Arabic, over the Arabic AFINN union (its -5..5 scale taken to VADER's -4..4):
 * a negator (لا، لم، لن، ما، ليس، مش، مو، مب، غير ...) multiplies the words after it, up to
 * {@value #NEGATION_REACH} of them ({@value #PREDICATE_REACH} after لم، لن، ليس, whose predicate comes
 * later), by -0.74 until clause punctuation; intensifiers scale the word after (أكثر) or before
 * (جدا، للغاية); a contrast (لكن) halves what came before and weighs what follows by 1.5. Words are
 * looked up as written, then without an attached و or ف, then without the article, then without an
 * accusative ending written with its tanween (جيداً as جيد), never by stem:
 * stems of names read as words (ميتا as ميت "dead", ابل as ابله).
 */
final class ArabicRules {
    static final int NEGATION_REACH = 3;
    static final int PREDICATE_REACH = 5;
    /** AFINN's -5..5 on VADER's -4..4. */
    static final double SCALE = 0.8;

    private final RuleLexicons lexicons;

    ArabicRules(RuleLexicons lexicons) {
        this.lexicons = lexicons;
    }

    Reading read(String text, List<Token> tokens, Sentence sentence) {
        double before = 0;
        double after = 0;
        double positive = 0;
        double negative = 0;
        double emoji = 0;
        boolean contrasted = false;
        int negationLeft = 0;
        double boost = 1;
        int boostLeft = 0;
        int lastScored = -10;
        double lastValence = 0;
        for (int i = sentence.from(); i < sentence.to(); i++) {
            Token token = tokens.get(i);
            Token next = i + 1 < sentence.to() ? tokens.get(i + 1) : null;
            if (i > sentence.from() && Punctuation.clauseBreak(text, tokens.get(i - 1).end(), token.start())) {
                negationLeft = 0;
                boostLeft = 0;
            }
            if (token.script() == Script.EMOJI) {
                Double score = lexicons.emoji.get(SentimentLexicon.bareEmoji(token.form()));
                if (score != null) {
                    double v = score * EnglishRules.EMOJI_VALENCE;
                    if (contrasted) {
                        after += v;
                    } else {
                        before += v;
                    }
                    emoji += score;
                }
                continue;
            }
            if (SentimentModifiers.contrasts(token, next)) {
                contrasted = true;
                negationLeft = 0;
                continue;
            }
            if (SentimentModifiers.negates(token, next)) {
                negationLeft = SentimentModifiers.negatesAPredicate(token) ? PREDICATE_REACH : NEGATION_REACH;
                continue;
            }
            double intensifier = SentimentModifiers.before(token);
            if (intensifier > 0 && token.script() == Script.ARABIC) {
                boost = intensifier;
                boostLeft = 2;
                continue;
            }
            double afterFactor = SentimentModifiers.after(token);
            if (afterFactor > 0 && i - lastScored <= 2) {
                double extra = lastValence * (afterFactor - 1);
                if (contrasted) {
                    after += extra;
                } else {
                    before += extra;
                }
                continue;
            }
            double v = valence(token, text) * SCALE;
            if (v != 0) {
                if (boostLeft > 0) {
                    v *= boost;
                    boostLeft = 0;
                }
                if (negationLeft > 0) {
                    v *= EnglishRules.NEGATION;
                }
                if (contrasted) {
                    after += v;
                } else {
                    before += v;
                }
                if (v > 0) {
                    positive += v + 1;
                } else {
                    negative += v - 1;
                }
                lastScored = i;
                lastValence = v;
            }
            negationLeft = Math.max(0, negationLeft - 1);
            boostLeft = Math.max(0, boostLeft - 1);
        }
        double valence = contrasted ? before * EnglishRules.BEFORE_BUT + after * EnglishRules.AFTER_BUT : before;
        return new Reading(valence, positive, negative, valence / SCALE, emoji, Punctuation.exclamations(text, sentence),
                Punctuation.questions(text, sentence), 0, sentence.to() - sentence.from());
    }

    /** The word's valence as written, then without و/ف, then without the article; 0 when none is listed. */
    double valence(Token token, String text) {
        if (token.script() != Script.ARABIC) {
            return 0;
        }
        String form = token.form();
        // Only a written tanween marks the ending: a bare final alef is as often a name's (ميتا, نوكيا).
        boolean accusative = form.length() > 3 && form.endsWith("ا") && token.surface(text).indexOf('\u064B') >= 0;
        Double v = lexicons.arabic.get(form);
        if (v == null && form.length() > 3 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف')) {
            form = form.substring(1);
            v = lexicons.arabic.get(form);
        }
        if (v == null && form.length() > 4 && form.startsWith("ال")) {
            v = lexicons.arabic.get(form.substring(2));
        }
        if (v == null && accusative) {
            v = lexicons.arabic.get(form.substring(0, form.length() - 1)); // جيداً as جيد
        }
        return v == null ? 0 : v;
    }
}
