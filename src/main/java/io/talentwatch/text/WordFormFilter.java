package io.talentwatch.text;

import java.io.IOException;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A word's matching form, in one pass over its letters: lower case, and Arabic-script letter
 * variants unified. Lower case is what {@link LowerCaseFilter} gives (code point by code point),
 * with ASCII and Arabic letters, which have no case to fold or fold trivially, taken without its
 * table lookups: on long articles that filter alone cost several percent of the whole chain.
 * Arabic-script words then get what Lucene's normalizers leave alone: alef wasla (ٱ) becomes alef;
 * dagger alef, Quranic marks and the invisible joiners and direction marks that social posts carry
 * inside words are dropped. Then Lucene's {@link PersianNormalizer} (ی→ي, ک→ك, ...) and
 * {@link ArabicNormalizer} (diacritics, tatweel, alef variants, ى, ة). Emoji keep their joiners.
 */
final class WordFormFilter extends TokenFilter {
    private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PersianNormalizer persian = new PersianNormalizer();
    private final ArabicNormalizer arabic = new ArabicNormalizer();

    WordFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (!lowerCase(buffer, length) || EMOJI.equals(type.type())) {
            return true;
        }
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == '\u0671') {
                buffer[kept++] = '\u0627';
            } else if (!dropped(c)) {
                buffer[kept++] = c;
            }
        }
        kept = persian.normalize(buffer, kept);
        term.setLength(arabic.normalize(buffer, kept));
        return true;
    }

    /**
     * Lower-cases the word in place, and says whether it holds Arabic script or a joiner or
     * direction mark: anything else needs no further normalizing.
     */
    private static boolean lowerCase(char[] buffer, int length) {
        boolean arabicScript = false;
        for (int i = 0; i < length; ) {
            char c = buffer[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    buffer[i] = (char) (c + ('a' - 'A'));
                }
                i++;
                continue;
            }
            if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')) {
                arabicScript = true; // no case to fold
                i++;
                continue;
            }
            if (c >= '\uFB50' || (c >= '\u200C' && c <= '\u200F')) {
                arabicScript = true; // presentation forms (and whatever else lies up there), joiners, marks
            }
            i += Character.toChars(Character.toLowerCase(Character.codePointAt(buffer, i, length)), buffer, i);
        }
        return arabicScript;
    }

    private static boolean dropped(char c) {
        return c == '\u0670'                      // dagger alef
                || c == '\u0653' || c == '\u0655' // madda above, hamza below
                || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06ED')
                || (c >= '\u200C' && c <= '\u200F'); // ZWNJ, ZWJ, LRM, RLM
    }
}
