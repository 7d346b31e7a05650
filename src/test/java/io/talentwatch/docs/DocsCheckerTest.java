package io.talentwatch.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker on small pages written here: each kind of mistake is reported with file, line and target; correct text is not. */
class DocsCheckerTest {
    private static final CommandOptions CLI = CommandOptions.of(Map.of(
            "replay", List.of("--kafka", "--speed", "--dry-run", "--kind"),
            "setup", List.of("--es", "--kafka", "--kibana"),
            "stop", List.of("--flink", "--savepoint"),
            "submit", List.of("--flink", "--from-savepoint", "--from-timestamp", "--allow-duplicate")));

    private static final String OTHER_PAGE = """
            # Other

            ## Re-running history: `--from-timestamp`

            ## Setup

            ## Setup

            ## حرب المواهب
            """;

    @Test
    void aLinkToAMissingFileIsReported() {
        List<DocProblem> problems = check("docs/a.md", "# A\n\nSee [the feeds](feeds.md).\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("docs/a.md");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("'feeds.md'", "no such file docs/feeds.md");
        });
    }

    @Test
    void aLinkOutOfTheRepositoryIsReported() {
        assertThat(check("docs/a.md", "[up](../../x.md)\n")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("'../../x.md'", "outside the repository"));
    }

    @Test
    void aBrokenAnchorInTheSamePageIsReported() {
        List<DocProblem> problems = check("docs/a.md", "# A\n\n## Known limits\n\nSee [limits](#known-limit).\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).contains("'#known-limit'", "docs/a.md has no heading with anchor #known-limit");
        });
    }

    @Test
    void aBrokenAnchorInAnotherPageIsReported() {
        List<DocProblem> problems = check("docs/a.md", "text\n\n[x](other.md#setup-2)\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("'other.md#setup-2'", "docs/other.md has no heading with anchor #setup-2");
        });
    }

    @Test
    void anchorsFollowGithubsSlugs() {
        String links = """
                [a](other.md#re-running-history---from-timestamp)
                [b](other.md#setup) [c](other.md#setup-1)
                [d](other.md#%D8%AD%D8%B1%D8%A8-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D9%87%D8%A8)
                [e](../README.md) [f](./) [g](/docs/other.md#other)
                """;
        assertThat(check("docs/a.md", links)).isEmpty();
        assertThat(GithubAnchors.slug("Withdrawals: `{\"deleted\": true, ...}`")).isEqualTo("withdrawals-deleted-true-");
        assertThat(GithubAnchors.slug("The spike detector's cost")).isEqualTo("the-spike-detectors-cost");
    }

    @Test
    void linksInCodeAndExternalLinksAreNotChecked() {
        String page = """
                ```
                [not a link](missing.md)
                ```

                `[nor this](missing.md)` and [the web](https://example.invalid/missing.md#nothing), <mailto:a@example.invalid>
                """;
        assertThat(check("docs/a.md", page)).isEmpty();
    }

    @Test
    void aWrongOptionOnACommandLineInACodeBlockIsReported() {
        String page = """
                # Replay

                ```sh
                ./talentwatch replay feed.jsonl --kafka kafka:9092 --sped 3600
                ```
                """;
        List<DocProblem> problems = check("docs/a.md", page);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("talentwatch replay has no option --sped");
        });
    }

    @Test
    void aCommandLineContinuedOnTheNextLineIsCheckedToItsEnd() {
        String page = """
                ```sh
                ./talentwatch submit jobs/x.yaml --flink http://jm:8081 \\
                    --from-savepont s3://bucket/sp
                ```
                """;
        assertThat(check("docs/a.md", page)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("talentwatch submit has no option --from-savepont");
        });
    }

    @Test
    void aWrongOptionInACommandTableIsReported() {
        String page = """
                | command | what it does |
                |---|---|
                | `replay FILE... [--kafka HOST:PORT] [--kind news\\|social] [--dryrun]` | publishes |
                | `stop JOB --flink URL` | stops, with `--savepont DIR` |
                """;
        List<DocProblem> problems = check("README.md", page);

        assertThat(problems).extracting(DocProblem::toString).containsExactlyInAnyOrder(
                "README.md:3: talentwatch replay has no option --dryrun (in: replay FILE... [--kafka HOST:PORT] [--kind news|social] [--dryrun])",
                "README.md:4: talentwatch stop has no option --savepont (in: stop JOB --flink URL)");
    }

    @Test
    void anUnknownCommandIsReported() {
        assertThat(check("docs/a.md", "Run `./talentwatch replya feed.jsonl`.\n")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("'replya' is not a talentwatch command"));
        assertThat(check("docs/a.md", "| command | what |\n|---|---|\n| `stpo JOB` | x |\n")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("'stpo' is not a talentwatch command"));
    }

    @Test
    void aWrongOptionInACodeSpanSynopsisIsReported() {
        assertThat(check("docs/a.md", "Use `stop --savepiont DIR | --flink URL` first.\n")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("talentwatch stop has no option --savepiont"));
    }

    @Test
    void otherToolsPlaceholdersAndGlobalOptionsAreNotTakenForCommandOptions() {
        String page = """
                ```sh
                mvn -B -Dtest=X test -Dsurefire.failIfNoSpecifiedTests=false
                curl -s --data-binary @x http://localhost:9200
                docker compose --profile sample up -d
                ./talentwatch replay feed.jsonl --dry-run | head --lines 3
                ./talentwatch replay feed.jsonl --speed 2 > out.txt # then try --whatever
                ./talentwatch COMMAND --help
                ./talentwatch --version
                docker compose run --rm --no-deps --entrypoint talentwatch setup COMMAND
                ```

                `talentwatch: talent-poaching` and `submit --from-savepoint PATH | --from-timestamp TIME` and `--kibana URL`.

                | command | what |
                |---|---|
                | `submit JOB --flink URL` | refuses a second job (`--allow-duplicate` runs it anyway) |
                """;
        assertThat(check("docs/a.md", page)).isEmpty();
    }

    @Test
    void theRealCliSaysWhichOptionsExist() {
        CommandOptions cli = CommandOptions.fromCli();

        assertThat(cli.accepts("replay", "--rebase-to-now")).isTrue();
        assertThat(cli.accepts("demo", "--keep-running")).isTrue();
        assertThat(cli.accepts("stop", "--help")).isTrue();
        assertThat(cli.accepts("replay", "--keep-running")).isFalse();
        assertThat(cli.isCommand("upgrade")).isTrue();
        assertThat(cli.isCommand("COMMAND")).isFalse();
    }

    /** Checks {@code markdown} as the page {@code path}, next to docs/other.md and a README. */
    private static List<DocProblem> check(String path, String markdown) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", "# TalentWatch\n");
        files.put("docs/other.md", OTHER_PAGE);
        files.put(path, markdown);
        List<MarkdownPage> pages = files.entrySet().stream()
                .map(file -> MarkdownPage.parse(file.getKey(), file.getValue()))
                .toList();
        return new DocsChecker(RepoFiles.inMemory(files), CLI).check(pages).stream()
                .filter(problem -> problem.file().equals(path))
                .toList();
    }
}
