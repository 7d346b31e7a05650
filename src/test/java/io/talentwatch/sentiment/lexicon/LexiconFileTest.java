package io.talentwatch.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader every imported lexicon goes through: what it accepts, and the broken files it refuses. */
class LexiconFileTest {
    @Test
    void commentsThenColumnsThenRows() {
        LexiconFile file = LexiconFile.parse("t.tsv", "# a lexicon\n# scale -5..5\nword\tvalence\ngood\t3\nbad\t-3\n");

        assertThat(file.comments()).containsExactly("a lexicon", "scale -5..5");
        assertThat(file.columns()).containsExactly("word", "valence");
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(1).integer("valence")).isEqualTo(-3);
        assertThat(file.toMap(row -> row.number("valence"))).containsExactly(Map.entry("good", 3.0), Map.entry("bad", -3.0));
    }

    /** VADER has emoticons of every shape: after the header a leading '#' is data. */
    @Test
    void aHashAfterTheHeaderIsAnEntry() {
        LexiconFile file = LexiconFile.parse("t.tsv", "# comment\ntoken\tmean\n#-)\t1.2\n");

        assertThat(file.toMap(row -> row.number("mean"))).containsOnlyKeys("#-)");
    }

    @Test
    void fieldsKeepTheirSpacesAndEmptyFieldsCount() {
        LexiconFile file = LexiconFile.parse("t.tsv", "a\tb\tc\ncan't stand\t-3\t\n");

        assertThat(file.rows().get(0).fields()).containsExactly("can't stand", "-3", "");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsFails() {
        assertThatThrownBy(() -> LexiconFile.parse("t.tsv", "word\tvalence\ngood\t3\nbad\n"))
                .hasMessageContaining("t.tsv:3").hasMessageContaining("1 fields");
    }

    @Test
    void anEntryListedTwiceFails() {
        LexiconFile file = LexiconFile.parse("t.tsv", "word\tvalence\ngood\t3\ngood\t2\n");

        assertThatThrownBy(() -> file.toMap(row -> row.integer("valence"))).hasMessageContaining("'good' is listed twice");
    }

    /** A checkout that turned \n into \r\n would also change every sha256 in provenance.yaml: say so plainly. */
    @Test
    void carriageReturnsFail() {
        assertThatThrownBy(() -> LexiconFile.parse("t.tsv", "word\tvalence\r\ngood\t3\r\n")).hasMessageContaining("\\n");
    }

    @Test
    void aNumberThatIsNotOneNamesItsLineAndColumn() {
        LexiconFile file = LexiconFile.parse("t.tsv", "word\tvalence\ngood\tthree\n");

        assertThatThrownBy(() -> file.rows().get(0).number("valence")).hasMessageContaining("t.tsv:2").hasMessageContaining("valence");
        assertThatThrownBy(() -> file.rows().get(0).get("score")).hasMessageContaining("no column 'score'");
    }

    @Test
    void aMissingResourceFails() {
        assertThatThrownBy(() -> LexiconFile.read("sentiment/lexicons/none.tsv")).hasMessageContaining("missing resource");
    }
}
