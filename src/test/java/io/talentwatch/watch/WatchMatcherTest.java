package io.talentwatch.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.model.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WatchMatcherTest {
    static final JobDefinition JOB = JobDefinitionLoader.load(Path.of("jobs/talent-poaching.yaml"));
    static final String SEED_AR = "أوقفت أوبن إيه آي العمل في مكاتبها لمدة أسبوع كامل، في وقت تستقطب فيه ميتا باحثيها"
            + " بعروض تصل إلى 100 مليون دولار. وقال أحد مسؤوليها إن الشعور يشبه أن أحدهم اقتحم منزلنا وسرق شيئاً.";

    private final WatchMatcher matcher = new WatchMatcher(JOB);

    private static List<String> surfaces(String text, WatchMatch match, Span.Kind kind) {
        return match.spans().stream().filter(s -> s.kind() == kind).map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void englishSeedNamesBothCompaniesAndIsOnTopic() {
        String text = "Meta hired three researchers from OpenAI";
        WatchMatch match = matcher.match(text);

        assertThat(match.companyIds()).containsExactly("meta", "openai");
        assertThat(match.topicTerms()).containsExactlyInAnyOrder("hired", "researchers");
        assertThat(match.topicScore()).isEqualTo(2.0).isGreaterThanOrEqualTo(JOB.topic().minScore());
        assertThat(surfaces(text, match, Span.Kind.COMPANY)).containsExactly("Meta", "OpenAI");
        assertThat(surfaces(text, match, Span.Kind.TOPIC)).containsExactly("hired", "researchers");
    }

    @Test
    void arabicSeedNamesOpenAiAndMetaAndIsOnTopic() {
        WatchMatch match = matcher.match(SEED_AR);

        assertThat(match.companyIds()).containsExactly("meta", "openai");
        assertThat(match.topicScore()).isGreaterThanOrEqualTo(JOB.topic().minScore());
        assertThat(match.topicTerms()).contains("تستقطب", "عروض");
        assertThat(surfaces(SEED_AR, match, Span.Kind.COMPANY)).containsExactly("أوبن إيه آي", "ميتا");
        assertThat(surfaces(SEED_AR, match, Span.Kind.TOPIC)).contains("باحثيها", "بعروض");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a meta-analysis of apple pie recipes",
            "Meta-analysis shows apple pie is popular",
            "a meta discussion about the thread",
            "she baked an apple pie",
            "the METAVERSE and pineapple",
            "Meta analysis shows the effect is small",
            "Apple pie recipes are trending",
            "Apple: the fruit of the season",
            "كان ماسك الكتاب يقرأ بصوت عال",
            "ابل الفواكه الطازجة في السوق",
    })
    void ambiguousAliasesOutsideNamesMatchNothing(String text) {
        assertThat(matcher.match(text).companyIds()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meta hired two engineers|meta",
            "Apple's researchers are leaving|apple",
            "Researchers leave Apple.|apple",
            "Sources say (Meta) confirmed it|meta",
            "Apple pie recipes are trending. Apple shares rose after the iPhone event|apple",
            "ماسك يستقطب باحثين|xai",
            "انقطاع آبل اليوم علّمني الدرس|apple",
            "مقابلة عمل مع أبل الأسبوع الماضي|apple",
    })
    void ambiguousAliasesWrittenAsNamesMatch(String text, String company) {
        assertThat(matcher.match(text).companyIds()).containsExactly(company);
    }

    @Test
    void unambiguousAliasesIgnoreCase() {
        assertThat(matcher.match("openai and ANTHROPIC are hiring").companyIds()).containsExactly("anthropic", "openai");
    }

    @Test
    void possessiveKeepsTheWholeWordInTheSpan() {
        String text = "OpenAI's chief scientist";
        assertThat(surfaces(text, matcher.match(text), Span.Kind.COMPANY)).containsExactly("OpenAI's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"أوبن إيه آي", "اوبن ايه اي", "أُوبِن إيه آي", "أوبـــن إيه آي"})
    void arabicOpenAiSpellingsMatch(String alias) {
        assertThat(matcher.match("قالت " + alias + " إنها ستوظف باحثين").companyIds()).containsExactly("openai");
    }

    @ParameterizedTest
    @ValueSource(strings = {"زوكربيرغ", "زوكربيرج", "مارك زوكربيرغ"})
    void zuckerbergCountsForMeta(String name) {
        String text = "اتصل " + name + " بالباحثين شخصيا";
        WatchMatch match = matcher.match(text);
        assertThat(match.companyIds()).containsExactly("meta");
        assertThat(match.people()).containsExactly("Mark Zuckerberg");
        assertThat(surfaces(text, match, Span.Kind.PERSON)).containsExactly(name);
    }

    @Test
    void altmanCountsForOpenAi() {
        WatchMatch match = matcher.match("Altman's memo to staff");
        assertThat(match.companyIds()).containsExactly("openai");
        assertThat(match.people()).containsExactly("Sam Altman");
    }

    @ParameterizedTest
    @ValueSource(strings = {"جوجل", "غوغل", "بجوجل", "وغوغل", "ألفابت", "وألفابت"})
    void googleSpellingsAndPrefixesMatch(String word) {
        assertThat(matcher.match("خبر عن " + word + " اليوم").companyIds()).containsExactly("google-deepmind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"وميتا", "لميتا", "بميتا", "فميتا", "ولميتا"})
    void attachedParticlesBeforeNamesAreRead(String word) {
        String text = "انتقل الباحث " + word + " الأسبوع الماضي";
        WatchMatch match = matcher.match(text);
        assertThat(match.companyIds()).containsExactly("meta");
        assertThat(surfaces(text, match, Span.Kind.COMPANY)).containsExactly(word);
    }

    @Test
    void shortNamesAreNotCutOutOfLongerWords() {
        // وابل = "a barrage of"; stripping و would leave ابل (Apple)
        assertThat(matcher.match("تعرضت الشركة لوابل من الانتقادات").companyIds()).isEmpty();
        assertThat(matcher.match("وابل من الانتقادات").companyIds()).isEmpty();
    }

    @Test
    void diacriticsTatweelAndPersianLettersDoNotHideNames() {
        assertThat(matcher.match("أعلنت مِيــــتَا اليوم").companyIds()).containsExactly("meta");
        assertThat(matcher.match("شرکة مایکروسوفت").companyIds()).containsExactly("microsoft");
    }

    @Test
    void arabicTopicTermsAcceptArticleAndParticles() {
        assertThat(matcher.match("والباحثين").topicScore()).isEqualTo(1.0);
        assertThat(matcher.match("للباحثين").topicTerms()).hasSize(1);
        assertThat(matcher.match("لاستقطاب").topicTerms()).containsExactly("استقطاب");
        assertThat(matcher.match("بتوظيف").topicTerms()).containsExactly("توظيف");
    }

    @Test
    void oneTermCountsOnceWhateverItsForms() {
        // الباحثين and باحثين are the same term: the weight counts once
        WatchMatch arabic = matcher.match("الباحثين ثم باحثين ثم والباحثين");
        assertThat(arabic.topicScore()).isEqualTo(1.0);
        assertThat(arabic.topicTerms()).hasSize(1);
        assertThat(arabic.spans()).hasSize(3);

        WatchMatch english = matcher.match("one researcher, then two researchers");
        assertThat(english.topicScore()).isEqualTo(1.0);
        assertThat(english.topicTerms()).containsExactly("researchers");
    }

    @Test
    void distinctTermsAddUp() {
        WatchMatch match = matcher.match("Meta poached them with a signing bonus and a compensation package");
        assertThat(match.topicTerms()).containsExactly("poached", "signing bonus", "compensation package");
        assertThat(match.topicScore()).isEqualTo(7.0);
    }

    @Test
    void longestPhraseWins() {
        String text = "two of them were hired away by xAI";
        WatchMatch match = matcher.match(text);
        assertThat(match.topicTerms()).containsExactly("hired away");
        assertThat(match.topicScore()).isEqualTo(3.0);
        assertThat(surfaces(text, match, Span.Kind.TOPIC)).containsExactly("hired away");

        assertThat(matcher.match("Meta Superintelligence Labs is hiring").spans())
                .filteredOn(s -> s.kind() == Span.Kind.COMPANY).singleElement()
                .satisfies(s -> assertThat(s.end() - s.start()).isEqualTo("Meta Superintelligence Labs".length()));
    }

    @Test
    void multiWordArabicTerm() {
        WatchMatch match = matcher.match("تشتعل حرب المواهب بين الشركات");
        assertThat(match.topicTerms()).containsExactly("حرب المواهب");
        assertThat(match.topicScore()).isEqualTo(3.0);
    }

    @Test
    void aTextWithoutWatchedNamesMatchesNothing() {
        assertThat(matcher.match("The weather in Riyadh is sunny today")).isEqualTo(WatchMatch.NONE);
        assertThat(matcher.match("")).isEqualTo(WatchMatch.NONE);
    }

    @Test
    void topicWithoutCompanyStillScores() {
        WatchMatch match = matcher.match("the talent war is heating up");
        assertThat(match.companyIds()).isEmpty();
        assertThat(match.topicScore()).isEqualTo(3.0);
    }

    @Test
    void survivesJavaSerializationAndRebuildsItsIndex() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        matcher.match("warm up the index: OpenAI");
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(matcher);
        }
        WatchMatcher copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (WatchMatcher) in.readObject();
        }
        assertThat(copy.match("Meta hired three researchers from OpenAI").companyIds()).containsExactly("meta", "openai");
    }

    @Test
    void watchListIndexesEveryAlias() {
        WatchList list = matcher.watchList();
        assertThat(list.nameCount()).isGreaterThan(40);
        assertThat(list.topicTermCount()).isGreaterThan(20);
    }
}
