package io.talentwatch.text;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Short, frequent words that tell languages sharing a script apart. Words common to English and
 * another language (a, in, on, an, die, was, will, also, do, no, so) are left out of both lists.
 * Arabic entries are written with alef variants, ى and ة already unified, as the detector reads them.
 */
final class FunctionWords {
    static final WordList ENGLISH = set(
            "the", "and", "of", "to", "is", "are", "were", "for", "with", "that", "this", "these", "those",
            "from", "by", "at", "it", "its", "has", "have", "had", "been", "be", "not", "but", "or", "as",
            "they", "their", "them", "he", "she", "his", "her", "who", "which", "after", "over", "about",
            "than", "into", "says", "said", "would", "could", "should", "while", "more", "our", "we", "you",
            "your", "what", "when", "how", "why", "just", "all", "new", "up", "out", "there", "here", "being");

    /** French, Spanish, Portuguese, Italian and German. */
    static final WordList OTHER_LATIN = set(
            "le", "la", "les", "des", "du", "de", "et", "est", "un", "une", "pour", "dans", "sur", "avec", "qui",
            "que", "pas", "au", "aux", "ce", "cette", "ces", "il", "elle", "ils", "sont", "par", "plus", "ont",
            "été", "nous", "vous", "mais", "leur", "leurs", "selon", "chez", "être",
            "el", "los", "las", "del", "y", "es", "una", "por", "para", "con", "se", "su", "sus", "al", "lo",
            "como", "más", "pero", "fue", "han", "ha", "este", "esta", "según", "muy", "también", "sobre",
            "os", "não", "da", "dos", "das", "em", "são", "mais", "pelo", "pela",
            "di", "che", "per", "non", "della", "delle", "degli", "gli", "sono", "anche", "nel", "nella", "dei", "è",
            "der", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein", "eine", "für", "auf",
            "sich", "auch", "werden", "wird", "sind", "nach", "bei", "einen", "einem", "oder");

    static final WordList ARABIC = set(
            "في", "علي", "الي", "عن", "ان", "التي", "الذي", "الذين", "هذا", "هذه", "مع", "كان", "كانت", "قال",
            "بعد", "ذلك", "حيث", "لكن", "بين", "قد", "وقد", "ثم", "عند", "كما", "او", "لقد", "انه", "انها", "منذ");

    /** Persian and Urdu, spelled with their own letters (ی, ک, ہ, ے): Arabic text rarely uses these words. */
    static final WordList PERSIAN_URDU = set(
            "است", "این", "را", "که", "از", "می", "برای", "یک", "شد", "کرد", "های", "هم", "بود", "خود",
            "کے", "کی", "ہے", "میں", "سے", "کو", "اور", "نے");

    private FunctionWords() {}

    private static WordList set(String... words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        return new WordList(CharArraySet.unmodifiableSet(new CharArraySet(List.of(words), false)), longest);
    }

    /** The words, and the length of the longest: most words of a text are longer and need no lookup. */
    record WordList(CharArraySet words, int longest) {
        boolean contains(char[] word, int offset, int length) {
            return length <= longest && words.contains(word, offset, length);
        }
    }
}
