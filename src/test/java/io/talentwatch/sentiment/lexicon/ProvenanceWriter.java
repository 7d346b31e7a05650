package io.talentwatch.sentiment.lexicon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes provenance.yaml: one entry per package fetched, one per lexicon file written. */
final class ProvenanceWriter {
    static final String FILE = "provenance.yaml";

    private static final String HEADER = """
            # Where every file of this folder comes from, written by the import with them:
            #   %s
            # Do not edit by hand: LexiconProvenanceTest checks each file's sha256 and row count against this file,
            # and the files are regenerated from the pinned packages anyway. 'imported' and 'command' hold for
            # every file. Licences are the packages' own (SPDX, from their package.json); 'upstream' says what
            # the data was published under before it was packaged, where that differs.
            """;

    private ProvenanceWriter() {}

    static void write(Path file, String date, String command, List<ImportLexicons.PackageRecord> packages,
            List<ImportedFile> files, Function<NpmPackage, List<String>> licenceFiles) throws IOException {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("imported", date);
        yaml.put("command", command);
        yaml.put("converter", "src/test/java/io/talentwatch/sentiment/lexicon/ImportLexicons.java (mvn -Plexicons, run by the command)");
        List<Object> packageList = new ArrayList<>();
        for (ImportLexicons.PackageRecord record : packages) {
            NpmPackage pkg = record.pkg();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("package", pkg.name());
            p.put("version", pkg.version());
            p.put("tarball", pkg.tarball().getFileName().toString());
            p.put("tarball_sha256", pkg.tarballSha256());
            p.put("npm_integrity", pkg.integrity());
            p.put("licence", pkg.licence());
            List<Object> copies = new ArrayList<>();
            record.copied().forEach((name, from) -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                copy.put("file", name);
                copy.put("from", from);
                copy.put("sha256", record.sha256().get(name));
                copies.add(copy);
            });
            p.put("licence_files", copies);
            p.put("upstream", record.upstream());
            packageList.add(p);
        }
        yaml.put("packages", packageList);
        yaml.put("files", files.stream().map(f -> f.yaml(licenceFiles)).toList());

        ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES) // one line per value: a diff shows what changed
                .build());
        String text = HEADER.formatted(command) + mapper.writeValueAsString(yaml);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
