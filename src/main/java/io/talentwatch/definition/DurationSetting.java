package io.talentwatch.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Duration;
import org.apache.flink.util.TimeUtils;

/** Reads durations the way Flink's own configuration writes them: 30s, 15 min, 1h, 1d. */
final class DurationSetting extends StdScalarDeserializer<Duration> {
    DurationSetting() {
        super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        if (text == null || text.isBlank()) {
            return (Duration) context.handleUnexpectedToken(Duration.class, parser);
        }
        try {
            return TimeUtils.parseDuration(text);
        } catch (IllegalArgumentException e) {
            return (Duration) context.handleWeirdStringValue(Duration.class, text,
                    "not a duration; write it like 30s, 15m, 1h or 1d");
        }
    }
}
