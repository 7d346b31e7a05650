package io.talentwatch.detect;

import io.talentwatch.definition.SpikeSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code talentwatch detect}: a series of counts as CSV ({@code timestamp,value}, UTC timestamps
 * {@code YYYY-MM-DD HH:MM:SS}, one fixed step inferred from the first two rows) in,
 * {@code timestamp,value,score,spike} out, judged by the job's {@link SpikeDetector}. {@code spike}
 * is 1 when the detector flags the row. The whole file is checked before anything is written, so
 * a bad file prints no partial table.
 */
public final class DetectCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A row that breaks the format; the message starts with its line number. */
    public static final class BadInput extends RuntimeException {
        BadInput(long line, String message) {
            super("line " + line + ": " + message);
        }
    }

    private final SpikeSettings settings;

    public DetectCsv(SpikeSettings settings) {
        this.settings = settings;
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        long[] times = new long[1024];
        long[] values = new long[1024];
        int rows = 0;
        long number = 1;
        String header = in.readLine();
        if (header == null || !header.strip().replace(" ", "").equalsIgnoreCase("timestamp,value")) {
            throw new BadInput(1, "expected the header 'timestamp,value', got '" + (header == null ? "" : header.strip()) + "'");
        }
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (rows == times.length) {
                times = Arrays.copyOf(times, rows * 2);
                values = Arrays.copyOf(values, rows * 2);
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 2) {
                throw new BadInput(number, "expected 'timestamp,value', got " + fields.length + " field(s)");
            }
            times[rows] = time(number, fields[0].strip());
            values[rows] = value(number, fields[1].strip());
            if (rows == 1 && times[1] <= times[0]) {
                throw new BadInput(number, "timestamps must increase; the step is inferred from the first two rows");
            }
            if (rows >= 2 && times[rows] - times[rows - 1] != times[1] - times[0]) {
                throw new BadInput(number, "timestamp " + fields[0].strip() + " breaks the fixed step of "
                        + Duration.ofMillis(times[1] - times[0]).toString().substring(2).toLowerCase(Locale.ROOT)
                        + " set by the first two rows");
            }
            rows++;
        }
        if (rows < 2) {
            throw new BadInput(number, "need at least 2 rows to infer the step, got " + rows);
        }
        SpikeDetector detector = new SpikeDetector(settings, Duration.ofMillis(times[1] - times[0]));
        KeyState state = detector.start();
        out.println("timestamp,value,score,spike");
        for (int i = 0; i < rows; i++) {
            // A CSV timestamp marks the start of its step; the detector takes step ends.
            Outcome outcome = detector.observe(state, times[i] + detector.step().toMillis(), values[i]);
            state = outcome.next();
            out.printf(Locale.ROOT, "%s,%d,%.4f,%d%n", TIME.format(LocalDateTime.ofEpochSecond(times[i] / 1000, 0, ZoneOffset.UTC)),
                    values[i], outcome.judgement().score(), outcome.judgement().flagged() ? 1 : 0);
        }
        out.flush();
    }

    private static long time(long number, String text) {
        try {
            return LocalDateTime.parse(text, TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new BadInput(number, "timestamp '" + text + "' is not YYYY-MM-DD HH:MM:SS");
        }
    }

    private static long value(long number, String text) {
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new BadInput(number, "value " + text + " is negative; counts are whole numbers from 0");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadInput(number, "value '" + text + "' is not a whole number; counts are whole numbers from 0");
        }
    }
}
