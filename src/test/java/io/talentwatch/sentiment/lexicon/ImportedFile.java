package io.talentwatch.sentiment.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What provenance.yaml says about one written lexicon file: where it came from and what the import changed. */
final class ImportedFile {
    /** A file read from a package (for a JavaScript file, the constants read: {@code part}), and how many entries it gave. */
    record Source(NpmPackage pkg, String path, String part, String sha256, int rowsRead) {}

    private final String description;
    private final String scale;
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, Integer> dropped = new LinkedHashMap<>();
    private final Map<String, Integer> merged = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private TsvOut.Written written;

    ImportedFile(String description, String scale) {
        this.description = description;
        this.scale = scale;
    }

    ImportedFile source(NpmPackage pkg, String path, int rowsRead) throws java.io.IOException {
        return source(pkg, path, null, rowsRead);
    }

    ImportedFile source(NpmPackage pkg, String path, String part, int rowsRead) throws java.io.IOException {
        sources.add(new Source(pkg, path, part, Digests.sha256(pkg.file(path)), rowsRead));
        return this;
    }

    /** {@code count} entries left out, and why (zero counts are not recorded). */
    ImportedFile dropped(String why, int count) {
        if (count > 0) {
            dropped.merge(why, count, Integer::sum);
        }
        return this;
    }

    ImportedFile merged(String how, int count) {
        if (count > 0) {
            merged.merge(how, count, Integer::sum);
        }
        return this;
    }

    ImportedFile note(String note) {
        notes.add(note);
        return this;
    }

    ImportedFile written(TsvOut.Written written) {
        this.written = written;
        return this;
    }

    String file() {
        return written.file();
    }

    List<Source> sources() {
        return sources;
    }

    private static List<Object> counted(Map<String, Integer> counts) {
        List<Object> list = new ArrayList<>();
        counts.forEach((why, count) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("count", count);
            item.put("why", why);
            list.add(item);
        });
        return list;
    }

    /** The entry of provenance.yaml's {@code files} list, keys in the order a reader wants them. */
    Map<String, Object> yaml(java.util.function.Function<NpmPackage, List<String>> licenceFiles) {
        if (written == null) {
            throw new IllegalStateException(description + ": never written");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", written.file());
        out.put("holds", description);
        out.put("scale", scale);
        out.put("sha256", written.sha256());
        out.put("rows_written", written.rows());
        List<Object> from = new ArrayList<>();
        for (Source source : sources) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("package", source.pkg().name());
            s.put("version", source.pkg().version());
            s.put("tarball_sha256", source.pkg().tarballSha256());
            s.put("npm_integrity", source.pkg().integrity());
            s.put("file", source.path());
            if (source.part() != null) {
                s.put("part", source.part());
            }
            s.put("file_sha256", source.sha256());
            s.put("rows_read", source.rowsRead());
            from.add(s);
        }
        out.put("sources", from);
        out.put("licence", sources.stream().map(s -> s.pkg().licence()).distinct().toList());
        out.put("licence_files", sources.stream().map(Source::pkg).distinct().flatMap(p -> licenceFiles.apply(p).stream()).toList());
        if (!dropped.isEmpty()) {
            out.put("dropped", counted(dropped));
        }
        if (!merged.isEmpty()) {
            out.put("merged", counted(merged));
        }
        if (!notes.isEmpty()) {
            out.put("notes", notes);
        }
        return out;
    }
}
