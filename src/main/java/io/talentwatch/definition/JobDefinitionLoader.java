package io.talentwatch.definition;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Reads a job definition from YAML into a {@link JobDefinition}. Anything it cannot use, an unknown
 * key, a value of the wrong kind, a rule broken, stops with a {@link JobDefinitionException} naming
 * the file and the key.
 */
public final class JobDefinitionLoader {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addModule(new SimpleModule("talentwatch-definition").addDeserializer(Duration.class, new DurationSetting()))
            .build();

    static final String PASSWORD_REFUSED = "is not accepted: a job definition travels in job arguments and"
            + " version control, so it never holds a password. Set TALENTWATCH_ES_PASSWORD or"
            + " TALENTWATCH_ES_PASSWORD_FILE where the job runs, or name a file with elasticsearch.password-file";

    private JobDefinitionLoader() {}

    public static JobDefinition load(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new JobDefinitionException(file.toString(), "", 0, "no such file");
        } catch (IOException e) {
            throw new JobDefinitionException(file.toString(), "", 0, "cannot read: " + e.getMessage());
        }
        return parse(yaml, file.toString());
    }

    /** Parses YAML text; {@code origin} names it in errors (usually the file it came from). */
    public static JobDefinition parse(String yaml, String origin) {
        if (yaml.isBlank()) {
            throw new JobDefinitionException(origin, "", 0, "is empty");
        }
        try {
            return YAML.readValue(yaml, JobDefinition.class);
        } catch (UnrecognizedPropertyException e) {
            if ("elasticsearch.password".equals(keyOf(e))) {
                // Said before anything else, and without the value: a definition is not a place for a secret.
                throw new JobDefinitionException(origin, keyOf(e), line(e.getLocation()), PASSWORD_REFUSED);
            }
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new JobDefinitionException(origin, keyOf(e), line(e.getLocation()), "is not a known key; expected one of: " + known);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InvalidSetting invalid) {
                throw new JobDefinitionException(origin, join(keyOf(e), invalid.key()), line(e.getLocation()), invalid.problem());
            }
            throw new JobDefinitionException(origin, keyOf(e), line(e.getLocation()), "has a bad value: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new JobDefinitionException(origin, "", line(e.getLocation()), "is not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static String keyOf(JsonMappingException e) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                key.append(key.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                key.append('[').append(ref.getIndex()).append(']');
            }
        }
        return key.toString();
    }

    private static String join(String parent, String child) {
        if (parent.isEmpty()) {
            return child;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
