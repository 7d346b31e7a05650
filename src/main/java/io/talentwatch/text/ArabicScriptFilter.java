package io.talentwatch.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Arabic-script letter variants unified, in one filter that leaves every other word untouched
 * (most words of an English text, which three filters used to inspect one by one). First what
 * Lucene's normalizers leave alone: alef wasla (ٱ) becomes alef; dagger alef, Quranic marks and the
 * invisible joiners and direction marks that social posts carry inside words are dropped. Then
 * Lucene's {@link PersianNormalizer} (ی→ي, ک→ك, ...) and {@link ArabicNormalizer} (diacritics,
 * tatweel, alef variants, ى, ة). Emoji keep their joiners.
 */
final class ArabicScriptFilter extends TokenFilter {
    private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PersianNormalizer persian = new PersianNormalizer();
    private final ArabicNormalizer arabic = new ArabicNormalizer();

    ArabicScriptFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (!needsNormalizing(buffer, length) || EMOJI.equals(type.type())) {
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

    /** Arabic script, or a joiner or direction mark: anything else passes as it is. */
    private static boolean needsNormalizing(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || c >= '\uFB50'
                    || (c >= '\u200C' && c <= '\u200F')) {
                return true;
            }
        }
        return false;
    }

    private static boolean dropped(char c) {
        return c == '\u0670'                      // dagger alef
                || c == '\u0653' || c == '\u0655' // madda above, hamza below
                || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06ED')
                || (c >= '\u200C' && c <= '\u200F'); // ZWNJ, ZWJ, LRM, RLM
    }
}
