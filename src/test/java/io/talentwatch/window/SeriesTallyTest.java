package io.talentwatch.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.model.Explanation;
import io.talentwatch.model.Headline;
import io.talentwatch.model.NamedCount;
import io.talentwatch.model.SeriesKey;
import io.talentwatch.model.SeriesMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeriesTallyTest {
    private static final SeriesKey META = SeriesKey.company("meta");

    private static SeriesMention mention(int i) {
        String lang = i % 3 == 0 ? "ar" : "en";
        return new SeriesMention(META, "doc-" + i, 1_000L * i, i % 2 == 0, (i % 7 - 3) / 3.1, i % 5,
                lang, "source-" + (i % 4), "headline " + i, "https://example.com/" + i,
                i % 2 == 0 ? new String[] {"poach", "talent war"} : new String[] {"poach"},
                new String[] {"meta", i % 3 == 0 ? "openai" : "anthropic"});
    }

    private static SeriesTally tally(List<SeriesMention> mentions) {
        SeriesTally tally = new SeriesTally();
        mentions.forEach(tally::add);
        return tally;
    }

    @Test
    void theSameMentionsInAnyOrderGiveTheSameWindow() {
        List<SeriesMention> mentions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            mentions.add(mention(i));
        }
        SeriesTally inOrder = tally(mentions);
        List<SeriesMention> shuffled = new ArrayList<>(mentions);
        Collections.shuffle(shuffled, new Random(7));
        SeriesTally reordered = tally(shuffled);
        SeriesTally merged = tally(shuffled.subList(0, 15)).merge(tally(shuffled.subList(15, 40)));

        for (SeriesTally other : List.of(reordered, merged)) {
            assertThat(other.mentions).isEqualTo(40);
            assertThat(other.meanSentiment()).isEqualTo(inOrder.meanSentiment()); // exactly, not approximately
            Explanation a = inOrder.explanation("meta", null);
            Explanation b = other.explanation("meta", null);
            assertThat(b.terms()).containsExactly(a.terms());
            assertThat(b.companies()).containsExactly(a.companies());
            assertThat(b.sources()).containsExactly(a.sources());
            assertThat(b.headlines()).containsExactly(a.headlines());
        }
    }

    @Test
    void theExplanationRanksByCountAndLeavesTheSeriesOwnCompanyOut() {
        Explanation why = tally(List.of(mention(0), mention(1), mention(2), mention(3))).explanation("meta", null);

        assertThat(why.terms()).containsExactly(new NamedCount("poach", 4), new NamedCount("talent war", 2));
        assertThat(why.companies()).containsExactly(new NamedCount("anthropic", 2), new NamedCount("openai", 2));
        assertThat(why.languages()).as("ties by name").containsExactly(new NamedCount("ar", 2), new NamedCount("en", 2));
    }

    @Test
    void aFlowsSourceIsPartOfItsNameNotACoMention() {
        SeriesMention flow = new SeriesMention(SeriesKey.flow("meta", "openai"), "d", 0, true, 0, 3, "en", "s", "t",
                "u", new String[0], new String[] {"meta", "openai", "xai"});

        assertThat(tally(List.of(flow)).explanation("meta", "openai").companies()).containsExactly(new NamedCount("xai", 1));
    }

    @Test
    void keepsTheFiveMostOnTopicHeadlinesOnceEach() {
        List<SeriesMention> mentions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mentions.add(mention(i));
        }
        mentions.add(mention(4)); // the same document again
        Headline[] kept = tally(mentions).headlines;

        assertThat(kept).hasSize(SeriesTally.HEADLINES);
        assertThat(kept).extracting(Headline::documentId).containsExactly("doc-4", "doc-9", "doc-3", "doc-8", "doc-2");
    }

    @Test
    void distinctValuesPerKindAreBounded() {
        SeriesTally tally = new SeriesTally();
        for (int i = 0; i < SeriesTally.MAX_DISTINCT + 50; i++) {
            tally.add(new SeriesMention(META, "d" + i, i, false, 0, 0, "en", "source " + i, "t", "u", new String[0],
                    new String[] {"meta"}));
        }
        assertThat(tally.sources).hasSize(SeriesTally.MAX_DISTINCT);
        assertThat(tally.mentions).isEqualTo(SeriesTally.MAX_DISTINCT + 50);
    }
}
