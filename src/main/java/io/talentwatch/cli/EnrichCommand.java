package io.talentwatch.cli;

import io.talentwatch.enrich.EnrichLines;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {
                "Show what the job reads in documents: language, companies, topic score and matched spans,",
                "talent flows, sentiment. Reads JSONL (one object per line: \"text\" required; \"id\", \"title\",",
                "\"lang\" optional) and writes one JSON line per document, using the job's own code and settings.",
                "Bad lines are reported on stderr with their number; the exit status is then 1."})
final class EnrichCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE|-", defaultValue = "-",
            description = "JSONL documents; '-' (the default) reads standard input.")
    String input;

    @Mixin
    JobOptions job;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EnrichLines enrich = new EnrichLines(job.load());
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        long rejected;
        try (BufferedReader in = ReadableFile.open(spec, input)) {
            rejected = enrich.run(in, out, System.err);
        }
        return rejected == 0 ? 0 : 1;
    }
}
