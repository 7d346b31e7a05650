package io.talentwatch.es;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Restores the built-in {@code english} and {@code arabic} analyzers that the integ-test
 * distribution of Elasticsearch leaves out (a full distribution ships them in analysis-common).
 * Only the embedded stack and the tests install it; a real cluster never needs it.
 */
public class LanguageAnalyzersPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "english", provider(EnglishAnalyzer::new),
                "arabic", provider(ArabicAnalyzer::new));
    }

    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> provider(Supplier<Analyzer> analyzer) {
        return (indexSettings, environment, name, settings) -> new Fixed(name, settings, analyzer.get());
    }

    private static final class Fixed extends AbstractIndexAnalyzerProvider<Analyzer> {
        private final Analyzer analyzer;

        Fixed(String name, Settings settings, Analyzer analyzer) {
            super(name, settings);
            this.analyzer = analyzer;
        }

        @Override
        public Analyzer get() {
            return analyzer;
        }
    }
}
