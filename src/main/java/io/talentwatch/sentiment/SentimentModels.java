package io.talentwatch.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.talentwatch.sentiment.model.ModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The trained models shipped as resources: {@value #MANIFEST} names each language's weights file and
 * its neutral band (and says how it was trained and what it scored). A build without the manifest
 * has no models, and sentiment falls back to the lexicon rules. Loaded once per JVM.
 */
final class SentimentModels {
    static final String FOLDER = "sentiment/model/";
    static final String MANIFEST = FOLDER + "manifest.yaml";

    private static volatile SentimentModels loaded;
    private final Map<String, LanguageModel> byLanguage;

    SentimentModels(Map<String, LanguageModel> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    static SentimentModels get() {
        SentimentModels current = loaded;
        if (current == null) {
            synchronized (SentimentModels.class) {
                current = loaded;
                if (current == null) {
                    current = load();
                    loaded = current;
                }
            }
        }
        return current;
    }

    /** The model of {@code language}, null when it has none. */
    LanguageModel of(String language) {
        return byLanguage.get(language);
    }

    private static SentimentModels load() {
        try (InputStream manifest = resource(MANIFEST)) {
            if (manifest == null) {
                return new SentimentModels(Map.of());
            }
            JsonNode models = new ObjectMapper(new YAMLFactory()).readTree(manifest).path("models");
            Map<String, LanguageModel> byLanguage = new HashMap<>();
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) models::fields) {
                String file = FOLDER + entry.getValue().path("file").asText();
                try (InputStream weights = resource(file)) {
                    if (weights == null) {
                        throw new IllegalStateException(MANIFEST + " names " + file + ", which is not in the build");
                    }
                    byLanguage.put(entry.getKey(), new LanguageModel(entry.getKey(), ModelFile.read(weights),
                            entry.getValue().path("neutral_band").asDouble()));
                }
            }
            return new SentimentModels(byLanguage);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentiment models: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        return SentimentModels.class.getClassLoader().getResourceAsStream(name);
    }
}
