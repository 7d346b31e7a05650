package io.talentwatch.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the repository's Markdown: README.md, docs/ and every other {@code *.md} outside
 * {@code target/}, {@code node_modules/} and hidden folders.
 *
 * <p><b>Links.</b> Every link, image and link reference definition is checked, except those
 * inside code (commonmark does not parse links there) and those with a URI scheme ({@code https:},
 * {@code mailto:}) or starting with {@code //}. Its path, relative to the page (or to the repository
 * root when it starts with '/'), percent-decoded and without a {@code ?query}, must name a file or
 * folder of the repository. Its {@code #anchor}, when it points at a {@code .md} page (the same
 * page when the path is empty), must be one of that page's heading anchors as GitHub makes them
 * ({@link GithubAnchors}): the heading's text, with code spans' backticks gone, lower-cased; every
 * character but letters, digits, marks, '-', '_' and spaces removed; spaces to '-'; the second
 * heading of the same slug gets -1, the third -2. Anchors into other kinds of file are not checked.
 *
 * <p><b>Command options.</b> The options each command has are read from the picocli model of
 * {@code io.talentwatch.cli.Main} ({@link CommandOptions}); {@code --help}, {@code -h},
 * {@code --version} and {@code -V} are accepted everywhere. Options are looked for in code only,
 * by three rules ({@link CommandLines}):
 * <ol>
 *   <li>In a code block line (lines ending in '\' joined with the next) or a code span, a token
 *       {@code talentwatch} or {@code .../talentwatch} followed by a lower-case word is a command
 *       line of that command; that word must be a command. Every {@code --name} token after it (and
 *       {@code -x} or {@code -xy} short options), with leading {@code [ ( { " ' `} dropped and
 *       anything from '=' or a closing bracket on ignored, must be an option of that command, up to
 *       the end of the line or a shell stop: a token {@code |}, {@code ||}, {@code &&}, {@code &},
 *       {@code ;} or one ending in ';', a redirection ({@code >}, {@code 2>}, {@code <}) or a
 *       {@code #} comment. So the options of {@code head}, {@code curl}, {@code mvn} or
 *       {@code docker} on the same line are never taken for ours. {@code talentwatch} followed by
 *       an option (--help) is checked against the global options; followed by anything else
 *       ({@code COMMAND}, {@code talentwatch:}) it names no command.</li>
 *   <li>A code span that holds no such command line but whose first word is a command
 *       ({@code `stop --savepoint`}, {@code `setup --kibana URL`}) is a synopsis of it: all its
 *       option tokens are that command's, and '|' there separates alternatives instead of stopping.</li>
 *   <li>In a table whose header's first cell is {@code command}, each row's first cell is a synopsis
 *       of the command it starts with (after an optional {@code talentwatch}), which must be a
 *       command; code spans in the row's other cells that start with '-' ({@code `--allow-duplicate`})
 *       are options of that command too, and its other code spans follow rule 2.</li>
 * </ol>
 * Options named in prose outside code, or in code without a command (a table of options whose cells
 * read {@code `--kibana URL`}), are not checked; write {@code `setup --kibana URL`} to have them checked.
 * {@link DocsCheckerTest} shows each rule failing on a broken sample.
 */
class DocsLinksTest {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static List<MarkdownPage> pages;

    @BeforeAll
    static void readPages() throws IOException {
        pages = new ArrayList<>();
        for (Path file : markdownFiles()) {
            String path = ROOT.relativize(file).toString().replace('\\', '/');
            pages.add(MarkdownPage.parse(path, Files.readString(file, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void everyLinkAnchorAndCommandOptionInTheDocsIsReal() {
        List<DocProblem> problems = new DocsChecker(RepoFiles.onDisk(ROOT), CommandOptions.fromCli()).check(pages);

        assertThat(problems)
                .as("problems in the docs:%n%s", problems.stream().map(DocProblem::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** A check that finds nothing to check passes for the wrong reason: the docs must give it material. */
    @Test
    void theDocsGiveTheChecksSomethingToCheck() {
        assertThat(pages).extracting(MarkdownPage::path).contains("README.md", "docs/operations.md", "docs/feeds.md");
        assertThat(pages.stream().mapToLong(page -> page.links().size()).sum()).isGreaterThan(100);
        assertThat(pages.stream().mapToLong(page -> page.anchors().size()).sum()).isGreaterThan(100);

        CommandOptions cli = CommandOptions.fromCli();
        List<CommandLines.Use> uses = pages.stream().flatMap(page -> CommandLines.in(page, cli).stream()).toList();
        assertThat(uses).extracting(CommandLines.Use::command)
                .contains("demo", "setup", "replay", "ingest", "enrich", "detect", "run", "submit", "status", "stop", "upgrade");
        assertThat(uses.stream().mapToLong(use -> use.options().size()).sum()).isGreaterThan(100);
    }

    /** Walks the repository without descending into build output, dependencies or hidden folders (.git). */
    private static List<Path> markdownFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(ROOT) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.toString().endsWith(".md")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }
}
