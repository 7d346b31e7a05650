package io.talentwatch.testing;

import io.talentwatch.cli.Main;
import io.talentwatch.cluster.JobId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a talentwatch command in this JVM, capturing what it prints, as a user would see it. */
public record CliRun(int exitCode, String out, String err) {
    private static final Pattern SUBMITTED = Pattern.compile("submitted job '[^']+' as ([0-9a-f]{32})");

    /** The id that {@code submit} or {@code upgrade} printed; fails showing the output when there is none. */
    public JobId submittedJobId() {
        Matcher id = SUBMITTED.matcher(out);
        if (!id.find()) {
            throw new AssertionError("no 'submitted job ... as ID' line in:\n" + out + err);
        }
        return new JobId(id.group(1));
    }

    public static synchronized CliRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            var commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(capturedOut, true));
            commandLine.setErr(new PrintWriter(capturedErr, true));
            int code = commandLine.execute(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
