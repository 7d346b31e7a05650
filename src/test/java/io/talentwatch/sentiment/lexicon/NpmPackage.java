package io.talentwatch.sentiment.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A package the import script fetched with {@code npm pack}: the tarball {@code <work>/<base>.tgz}
 * next to the files it extracted from it under {@code <work>/<base>/package/}. Name, version and
 * licence are read from the package's own package.json, so provenance.yaml says what was really
 * imported; the script already checked the tarball against its pinned sha256.
 */
record NpmPackage(String name, String version, String licence, Path tarball, Path root, String tarballSha256,
        String integrity) {

    static NpmPackage find(Path work, String name) throws IOException {
        List<NpmPackage> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(work)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path manifest = dir.resolve("package/package.json");
                if (Files.isRegularFile(manifest)) {
                    JsonNode json = new ObjectMapper().readTree(Files.readString(manifest, StandardCharsets.UTF_8));
                    if (name.equals(json.path("name").asText())) {
                        Path tarball = dir.resolveSibling(dir.getFileName() + ".tgz");
                        found.add(new NpmPackage(name, json.path("version").asText(), json.path("license").asText(),
                                tarball, dir.resolve("package"), Digests.sha256(tarball), Digests.npmIntegrity(tarball)));
                    }
                }
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " packages named " + name + " under " + work);
        }
        return found.get(0);
    }

    /** A file inside the package, by its path in the tarball ({@code package/...}). */
    Path file(String tarPath) {
        if (!tarPath.startsWith("package/")) {
            throw new IllegalArgumentException(tarPath + ": tarball paths start with package/");
        }
        Path file = root.resolveSibling(tarPath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(name + "@" + version + " has no " + tarPath
                    + " (or import-lexicons.sh did not extract it)");
        }
        return file;
    }

    String text(String tarPath) {
        try {
            return Files.readString(file(tarPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(tarPath, e);
        }
    }

    /** The name as a file name part: @nlpjs/lang-ar becomes nlpjs-lang-ar. */
    String fileSafeName() {
        return name.replace("@", "").replace('/', '-');
    }

    String spec() {
        return name + "@" + version;
    }
}
