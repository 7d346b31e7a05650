package io.talentwatch.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The feeds of one definition file ({@code connectors/feeds/*.yaml}), checked. The entry point for
 * reading them: {@code FeedDefinitions.load(path).named("reddit-ml")}. Anything it cannot use stops
 * with a {@link FeedDefinitionException} naming the file, the feed and the field.
 */
public record FeedDefinitions(String file, List<FeedDefinition> feeds) {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // "interval: 10" would be 10 milliseconds to Flink's duration syntax: a number where text belongs is refused, not guessed at.
            .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .build();

    public FeedDefinitions {
        feeds = List.copyOf(feeds);
    }

    public static FeedDefinitions load(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FeedDefinitionException(file.toString(), "", "", "no such file");
        } catch (IOException e) {
            throw new FeedDefinitionException(file.toString(), "", "", "cannot read: " + e.getMessage());
        }
        return parse(yaml, file.toString());
    }

    /** Parses YAML text; {@code origin} names it in errors (usually the file it came from). */
    public static FeedDefinitions parse(String yaml, String origin) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new FeedDefinitionException(origin, "", "", "is not valid YAML: " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new FeedDefinitionException(origin, "", "", "is empty; it needs a list of feeds under 'feeds:'");
        }
        FeedSpec.File specs;
        try {
            specs = YAML.treeToValue(tree, FeedSpec.File.class);
        } catch (UnrecognizedPropertyException e) {
            String field = e.getPropertyName();
            if (field.equals("access-token") || field.equals("token")) {
                throw new FeedDefinitionException(origin, feedOf(e, tree), field, "is not accepted: a feed file lives in version "
                        + "control, so it never holds a token. Put the token in an environment variable and name it with access-token-env");
            }
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new FeedDefinitionException(origin, feedOf(e, tree), field, "is not a known field; fields are " + known);
        } catch (JsonMappingException e) {
            throw new FeedDefinitionException(origin, feedOf(e, tree), fieldOf(e), "has a bad value: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new FeedDefinitionException(origin, "", "", "is not valid YAML: " + e.getOriginalMessage());
        }
        if (specs.feeds() == null || specs.feeds().isEmpty()) {
            throw new FeedDefinitionException(origin, "", "feeds", "is empty; define at least one feed");
        }
        List<FeedDefinition> feeds = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < specs.feeds().size(); i++) {
            FeedSpec spec = specs.feeds().get(i);
            String label = label(i, spec == null ? null : spec.name());
            if (spec == null) {
                throw new FeedDefinitionException(origin, label, "", "is empty");
            }
            FeedDefinition feed;
            try {
                feed = FeedSpecCheck.check(spec);
            } catch (InvalidFeedSetting e) {
                throw new FeedDefinitionException(origin, label, e.field(), e.getMessage());
            }
            if (!names.add(feed.name())) {
                throw new FeedDefinitionException(origin, label, "name", "is used by an earlier feed; names must be unique in a file");
            }
            feeds.add(feed);
        }
        return new FeedDefinitions(origin, feeds);
    }

    /** The feed of that name, if the file defines it. */
    public Optional<FeedDefinition> find(String name) {
        return feeds.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The feed of that name; an unknown name is refused with the names the file has. */
    public FeedDefinition named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no feed '" + name + "' in " + file
                + "; its feeds are " + feeds.stream().map(FeedDefinition::name).collect(Collectors.joining(", "))));
    }

    /** The feeds that {@code ingest} can read (those with a connector). */
    public List<FeedDefinition> live() {
        return feeds.stream().filter(FeedDefinition::live).toList();
    }

    private static String label(int index, String name) {
        return name == null || name.isBlank() ? "feeds[" + index + "]" : "feed '" + name.strip() + "'";
    }

    /** "feed 'NAME'" for an error inside one feed, from the tree the binding failed on. */
    private static String feedOf(JsonMappingException e, JsonNode tree) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.size() >= 2 && "feeds".equals(path.get(0).getFieldName()) && path.get(1).getIndex() >= 0) {
            int index = path.get(1).getIndex();
            JsonNode name = tree.path("feeds").path(index).path("name");
            return label(index, name.isTextual() ? name.asText() : null);
        }
        return "";
    }

    private static String fieldOf(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.size() >= 3 && path.get(2).getFieldName() != null) {
            return path.get(2).getFieldName();
        }
        return path.isEmpty() || path.get(0).getFieldName() == null ? "" : path.get(0).getFieldName();
    }
}
