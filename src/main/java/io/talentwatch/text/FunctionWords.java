package io.talentwatch.text;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Short, frequent words that tell languages sharing a script apart. Words common to English and
 * another language (a, in, on, an, die, was, will, also, do, no, so) are left out of both lists.
 * Arabic entries are written with alef variants, ى and ة already unified, as the detector reads them.
 */
final class FunctionWords {
    static final CharArraySet ENGLISH = set(
            "the", "and", "of", "to", "is", "are", "were", "for", "with", "that", "this", "these", "those",
            "from", "by", "at", "it", "its", "has", "have", "had", "been", "be", "not", "but", "or", "as",
            "they", "their", "them", "he", "she", "his", "her", "who", "which", "after", "over", "about",
            "than", "into", "says", "said", "would", "could", "should", "while", "more", "our", "we", "you",
            "your", "what", "when", "how", "why", "just", "all", "new", "up", "out", "there", "here", "being");

    /** French, Spanish, Portuguese, Italian and German. */
    static final CharArraySet OTHER_LATIN = set(
            "le", "la", "les", "des", "du", "de", "et", "est", "un", "une", "pour", "dans", "sur", "avec", "qui",
            "que", "pas", "au", "aux", "ce", "cette", "ces", "il", "elle", "ils", "sont", "par", "plus", "ont",
            "été", "nous", "vous", "mais", "leur", "leurs", "selon", "chez", "être",
            "el", "los", "las", "del", "y", "es", "una", "por", "para", "con", "se", "su", "sus", "al", "lo",
            "como", "más", "pero", "fue", "han", "ha", "este", "esta", "según", "muy", "también", "sobre",
            "os", "não", "da", "dos", "das", "em", "são", "mais", "pelo", "pela",
            "di", "che", "per", "non", "della", "delle", "degli", "gli", "sono", "anche", "nel", "nella", "dei", "è",
            "der", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein", "eine", "für", "auf",
            "sich", "auch", "werden", "wird", "sind", "nach", "bei", "einen", "einem", "oder");

    static final CharArraySet ARABIC = set(
            "في", "علي", "الي", "عن", "ان", "التي", "الذي", "الذين", "هذا", "هذه", "مع", "كان", "كانت", "قال",
            "بعد", "ذلك", "حيث", "لكن", "بين", "قد", "وقد", "ثم", "عند", "كما", "او", "لقد", "انه", "انها", "منذ");

    /** Persian and Urdu, spelled with their own letters (ی, ک, ہ, ے): Arabic text rarely uses these words. */
    static final CharArraySet PERSIAN_URDU = set(
            "است", "این", "را", "که", "از", "می", "برای", "یک", "شد", "کرد", "های", "هم", "بود", "خود",
            "کے", "کی", "ہے", "میں", "سے", "کو", "اور", "نے");

    private FunctionWords() {}

    private static CharArraySet set(String... words) {
        return CharArraySet.unmodifiableSet(new CharArraySet(List.of(words), false));
    }
}
