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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code talentwatch detect}: a series of counts as CSV ({@code timestamp,value}, UTC timestamps
 * {@code YYYY-MM-DD HH:MM:SS}, one fixed step inferred from the first two rows) in,
 * {@code timestamp,value,score,spike} out, judged by the job's {@link SpikeDetector}. {@code spike}
 * is 1 when the detector flags the row. The whole file is read and judged before anything is
 * written, so a bad file prints no partial table, and a picture can be drawn from the same steps.
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

    /** A judged series: its step, inferred from the first two rows, and every row's judgement in order. */
    public record Judged(Duration step, List<JudgedStep> steps) {}

    private final SpikeSettings settings;

    public DetectCsv(SpikeSettings settings) {
        this.settings = settings;
    }

    /** Reads and judges the whole series, or throws {@link BadInput} naming the first bad line. */
    public Judged judge(BufferedReader in) throws IOException {
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
        List<JudgedStep> steps = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            // A CSV timestamp marks the start of its step; the detector takes step ends.
            long end = times[i] + detector.step().toMillis();
            long band = detector.significantFrom(state, end);
            Outcome outcome = detector.observe(state, end, values[i]);
            state = outcome.next();
            steps.add(new JudgedStep(outcome.judgement(), band));
        }
        return new Judged(detector.step(), steps);
    }

    /** Prints {@code timestamp,value,score,spike}, one row per step. */
    public static void print(Judged judged, PrintStream out) {
        out.println("timestamp,value,score,spike");
        long step = judged.step().toMillis();
        for (JudgedStep s : judged.steps()) {
            Judgement j = s.judgement();
            long start = j.stepEnd() - step;
            out.printf(Locale.ROOT, "%s,%d,%.4f,%d%n", TIME.format(LocalDateTime.ofEpochSecond(start / 1000, 0, ZoneOffset.UTC)),
                    j.count(), j.score(), j.flagged() ? 1 : 0);
        }
        out.flush();
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        print(judge(in), out);
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
