package io.talentwatch.definition;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Defaults and checks shared by the definition's sections, so each section states only its rules. */
final class Settings {
    private Settings() {}

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static String required(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSetting(key, "is required");
        }
        return value.strip();
    }

    static Duration positive(String key, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new InvalidSetting(key, "must be positive, got " + value);
        }
        return value;
    }

    static Duration notNegative(String key, Duration value) {
        if (value.isNegative()) {
            throw new InvalidSetting(key, "must not be negative, got " + value);
        }
        return value;
    }

    static int atLeast(String key, int min, int value) {
        if (value < min) {
            throw new InvalidSetting(key, "must be at least " + min + ", got " + value);
        }
        return value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    /** Language-keyed lists such as {@code aliases: {en: [...], ar: [...]}}; keys must be ISO 639-1 codes. */
    static Map<String, List<String>> byLanguage(String key, Map<String, List<String>> value) {
        if (value == null) {
            return Map.of();
        }
        value.forEach((language, entries) -> {
            checkLanguage(key, language);
            if (entries == null || entries.stream().anyMatch(e -> e == null || e.isBlank())) {
                throw new InvalidSetting(key + "." + language, "entries must be non-empty strings");
            }
        });
        return value.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    static void checkLanguage(String key, String language) {
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new InvalidSetting(key, "language keys are two-letter ISO 639-1 codes such as en or ar, got '" + language + "'");
        }
    }
}
