package io.talentwatch.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * provenance.yaml against the files it describes: a lexicon edited by hand, a file added without
 * going through the import, or a pin changed in the script without re-importing, each fail here.
 */
class LexiconProvenanceTest {
    private static final Path SOURCE_FOLDER = Path.of("src/main/resources").resolve(Lexicons.FOLDER);
    private static final Path SCRIPT = Path.of("src/build/sentiment/import-lexicons.sh");

    private static JsonNode provenance;

    @BeforeAll
    static void readProvenance() throws IOException {
        provenance = new ObjectMapper(new YAMLFactory()).readTree(resource(Lexicons.PROVENANCE));
    }

    @Test
    void saysWhenAndHowTheFilesWereImported() {
        assertThat(LocalDate.parse(provenance.path("imported").asText())).isBeforeOrEqualTo(LocalDate.now().plusDays(1));
        assertThat(provenance.path("command").asText()).isEqualTo(ImportLexicons.COMMAND);
        assertThat(SCRIPT).exists();
    }

    @Test
    void listsTheLexiconFilesTheLoadersRead() {
        List<String> listed = new ArrayList<>();
        provenance.path("files").forEach(file -> listed.add(Lexicons.FOLDER + file.path("file").asText()));

        assertThat(listed).containsExactlyElementsOf(Lexicons.FILES);
    }

    @Test
    void everyLexiconFileHasTheChecksumAndRowCountRecorded() throws IOException {
        for (JsonNode file : provenance.path("files")) {
            String resource = Lexicons.FOLDER + file.path("file").asText();
            assertThat(Digests.sha256(resource(resource))).as("sha256 of %s (edited by hand? re-run %s)", resource,
                    ImportLexicons.COMMAND).isEqualTo(file.path("sha256").asText());
            assertThat(LexiconFile.read(resource).rows()).as("rows of %s", resource).hasSize(file.path("rows_written").asInt());
        }
    }

    @Test
    void everySourceIsNamedWithItsChecksumsAndRowsRead() {
        for (JsonNode file : provenance.path("files")) {
            assertThat(file.path("sources")).as(file.path("file").asText()).isNotEmpty();
            for (JsonNode source : file.path("sources")) {
                assertThat(source.path("package").asText()).isNotBlank();
                assertThat(source.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
                assertThat(source.path("tarball_sha256").asText()).matches("[0-9a-f]{64}");
                assertThat(source.path("npm_integrity").asText()).startsWith("sha512-");
                assertThat(source.path("file").asText()).startsWith("package/");
                assertThat(source.path("file_sha256").asText()).matches("[0-9a-f]{64}");
                assertThat(source.path("rows_read").isInt()).isTrue();
            }
            assertThat(file.path("licence")).isNotEmpty();
            assertThat(file.path("licence_files")).isNotEmpty();
        }
    }

    @Test
    void theLicenceFilesAreThereAsCopied() throws IOException {
        TreeSet<String> copied = new TreeSet<>();
        for (JsonNode pkg : provenance.path("packages")) {
            for (JsonNode licence : pkg.path("licence_files")) {
                String name = licence.path("file").asText();
                copied.add(name);
                assertThat(Digests.sha256(resource(Lexicons.FOLDER + name))).as(name).isEqualTo(licence.path("sha256").asText());
            }
        }
        for (JsonNode file : provenance.path("files")) {
            file.path("licence_files").forEach(name -> assertThat(copied).as(file.path("file").asText()).contains(name.asText()));
        }
    }

    /** Nothing sits in the folder that the import did not write: a stray file would ship with no provenance. */
    @Test
    void theFolderHoldsOnlyWhatProvenanceDescribes() throws IOException {
        TreeSet<String> described = new TreeSet<>(List.of("provenance.yaml", ".gitattributes"));
        provenance.path("files").forEach(file -> described.add(file.path("file").asText()));
        provenance.path("packages").forEach(pkg -> pkg.path("licence_files").forEach(l -> described.add(l.path("file").asText())));
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCE_FOLDER)) {
            files.forEach(file -> present.add(file.getFileName().toString()));
        }

        assertThat(present).isEqualTo(described);
    }

    /** The pins the script checks downloads against are the packages provenance.yaml says were imported. */
    @Test
    void theScriptPinsThePackagesThatWereImported() throws IOException {
        Pattern pin = Pattern.compile("^\\s*\"(\\S+)@(\\S+) ([0-9a-f]{64}) (sha512-\\S+)\"\\s*$", Pattern.MULTILINE);
        Matcher m = pin.matcher(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        Map<String, String> pinned = new LinkedHashMap<>();
        while (m.find()) {
            pinned.put(m.group(1), m.group(2) + " " + m.group(3) + " " + m.group(4));
        }
        Map<String, String> imported = new LinkedHashMap<>();
        for (JsonNode pkg : provenance.path("packages")) {
            imported.put(pkg.path("package").asText(), pkg.path("version").asText() + " " + pkg.path("tarball_sha256").asText()
                    + " " + pkg.path("npm_integrity").asText());
        }

        assertThat(pinned).hasSize(4).isEqualTo(imported);
        for (JsonNode file : provenance.path("files")) {
            for (JsonNode source : file.path("sources")) {
                assertThat(pinned.get(source.path("package").asText())).isEqualTo(source.path("version").asText() + " "
                        + source.path("tarball_sha256").asText() + " " + source.path("npm_integrity").asText());
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LexiconProvenanceTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
