package io.talentwatch.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * What Lucene's Arabic and Persian normalizers leave alone: alef wasla (ٱ) becomes alef; dagger
 * alef, Quranic marks and the invisible joiners and direction marks that social posts carry inside
 * words are dropped. Emoji keep their joiners.
 */
final class ArabicLetterVariantsFilter extends TokenFilter {
    private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    ArabicLetterVariantsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (EMOJI.equals(type.type())) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == '\u0671') {
                buffer[kept++] = '\u0627';
            } else if (!dropped(c)) {
                buffer[kept++] = c;
            }
        }
        term.setLength(kept);
        return true;
    }

    private static boolean dropped(char c) {
        return c == '\u0670'                      // dagger alef
                || c == '\u0653' || c == '\u0655' // madda above, hamza below
                || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06ED')
                || (c >= '\u200C' && c <= '\u200F'); // ZWNJ, ZWJ, LRM, RLM
    }
}
