package io.talentwatch.cli;

import java.time.Duration;
import org.apache.flink.util.TimeUtils;
import picocli.CommandLine;

/** Durations on the command line read like in job definitions: 90s, 5m, 1h. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            Duration duration = TimeUtils.parseDuration(value);
            if (duration.isZero() || duration.isNegative()) {
                throw new CommandLine.TypeConversionException("'" + value + "' must be positive");
            }
            return duration;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; write it like 90s, 5m or 1h");
        }
    }
}
