package io.talentwatch.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import io.talentwatch.model.TalentFlow;
import io.talentwatch.text.Sentences;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.watch.WatchMatcher;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FlowExtractorTest {
    private static final JobDefinition JOB = JobDefinitionLoader.load(Path.of("jobs/talent-poaching.yaml"));
    private final TextNormalizer normalizer = new TextNormalizer();
    private final WatchMatcher matcher = new WatchMatcher(JOB, normalizer);
    private final FlowExtractor extractor = new FlowExtractor(JOB, normalizer);

    private List<TalentFlow> flows(String text) {
        List<Token> tokens = normalizer.tokens(text);
        return extractor.extract(text, tokens, Sentences.of(text, tokens), matcher.match(text, tokens).spans());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meta hired three researchers from OpenAI|meta<-openai",
            "Three OpenAI researchers were poached by Meta|meta<-openai",
            "Meta poached OpenAI's top researchers|meta<-openai",
            "OpenAI lost two engineers to Anthropic this week|anthropic<-openai",
            "A senior DeepMind scientist left Google for Microsoft|microsoft<-google-deepmind",
            "Two xAI engineers joined OpenAI last month|openai<-xai",
            "She joined Anthropic from OpenAI in May|anthropic<-openai",
            "ميتا تستقطب باحثين من OpenAI|meta<-openai",
            "استقطبت ميتا ثلاثة باحثين من أوبن إيه آي|meta<-openai",
            "انتقل مهندسان من جوجل إلى مايكروسوفت|microsoft<-google-deepmind",
            "انضم إلى أنثروبيك باحث قادما من OpenAI|anthropic<-openai",
            "قوقل خسرت باحثين كثير هالسنة لصالح ميتا|meta<-google-deepmind",
    })
    void readsTheDirectionInBothLanguages(String text, String direction) {
        assertThat(flows(text)).extracting(TalentFlow::direction).containsExactly(direction);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meta did not hire anyone from OpenAI",
            "Microsoft offered to hire OpenAI's entire staff",
            "لم تستقطب مايكروسوفت أي موظف من OpenAI",
            "تسعى ميتا إلى ضم باحثين من جوجل",
            "Meta and OpenAI both reported earnings",
            "Meta hired 50 engineers in London",
    })
    void statesNoFlowForDenialsAttemptsOrOneCompany(String text) {
        assertThat(flows(text)).isEmpty();
    }

    @Test
    void countsAndMoneyInEitherLanguage() {
        TalentFlow english = flows("Meta hired a dozen researchers from OpenAI with $100M packages").get(0);
        assertThat(english.people()).isEqualTo(12);
        assertThat(english.moneyUsd()).isEqualTo(100_000_000L);

        TalentFlow arabic = flows("استقطبت ميتا ٣ باحثين من OpenAI بعروض تصل إلى 1.5 مليار دولار").get(0);
        assertThat(arabic.people()).isEqualTo(3);
        assertThat(arabic.moneyUsd()).isEqualTo(1_500_000_000L);

        assertThat(flows("Two dozen Google DeepMind engineers joined Microsoft").get(0).people()).isEqualTo(24);
    }

    @Test
    void itsResearchersReferToTheCompanyNamedBefore() {
        assertThat(flows("OpenAI is closing for a week. Meta lured away its researchers with $100M offers."))
                .extracting(TalentFlow::direction, TalentFlow::moneyUsd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("meta<-openai", 100_000_000L));
    }

    @Test
    void theEvidenceIsTheSentenceThatStatesTheFlow() {
        String text = "Markets were calm. Anthropic hired two researchers from OpenAI. Shares rose.";
        TalentFlow flow = flows(text).get(0);
        assertThat(text.substring(flow.start(), flow.end())).isEqualTo("Anthropic hired two researchers from OpenAI");
    }
}
