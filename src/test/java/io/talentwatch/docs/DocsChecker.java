package io.talentwatch.docs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks Markdown pages: relative links and their anchors against the repository's files and
 * headings, and the options named on {@code talentwatch} command lines against the CLI. Returns
 * every problem found, not just the first, so one run lists all there is to fix.
 */
final class DocsChecker {
    /** A URI scheme (https:, mailto:) or a network path: outside the repository, not checked. */
    private static final Pattern EXTERNAL = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:|//).*");

    private final RepoFiles files;
    private final CommandOptions cli;
    private final Map<String, Set<String>> anchorsByPage = new HashMap<>();

    DocsChecker(RepoFiles files, CommandOptions cli) {
        this.files = files;
        this.cli = cli;
    }

    List<DocProblem> check(List<MarkdownPage> pages) {
        pages.forEach(page -> anchorsByPage.put(page.path(), page.anchors()));
        List<DocProblem> problems = new ArrayList<>();
        for (MarkdownPage page : pages) {
            page.links().forEach(link -> checkLink(page, link, problems));
            CommandLines.in(page, cli).forEach(use -> checkOptions(page, use, problems));
        }
        return problems;
    }

    private void checkLink(MarkdownPage page, MarkdownPage.Target link, List<DocProblem> problems) {
        String destination = link.destination().strip();
        if (EXTERNAL.matcher(destination).matches()) {
            return;
        }
        int hash = destination.indexOf('#');
        String pathPart = hash < 0 ? destination : destination.substring(0, hash);
        String anchor = hash < 0 ? "" : decode(destination.substring(hash + 1));
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        String target = page.path();
        if (!pathPart.isEmpty()) {
            target = resolve(page.path(), decode(pathPart));
            if (target.startsWith("..")) {
                problems.add(new DocProblem(page.path(), link.line(), "link '" + destination + "' points outside the repository"));
                return;
            }
            if (!files.exists(target)) {
                problems.add(new DocProblem(page.path(), link.line(), "link '" + destination + "': no such file " + target));
                return;
            }
        } else if (anchor.isEmpty()) {
            problems.add(new DocProblem(page.path(), link.line(), "empty link"));
            return;
        }
        if (!anchor.isEmpty() && target.toLowerCase(Locale.ROOT).endsWith(".md")) {
            Set<String> anchors = anchorsOf(target);
            if (!anchors.contains(anchor)) {
                problems.add(new DocProblem(page.path(), link.line(),
                        "link '" + destination + "': " + target + " has no heading with anchor #" + anchor));
            }
        }
    }

    private void checkOptions(MarkdownPage page, CommandLines.Use use, List<DocProblem> problems) {
        String where = " (in: " + abbreviate(use.text()) + ")";
        if (use.command() != null && !cli.isCommand(use.command())) {
            problems.add(new DocProblem(page.path(), use.line(),
                    "'" + use.command() + "' is not a talentwatch command; commands: " + cli.byCommand().keySet() + where));
            return;
        }
        for (String option : use.options()) {
            boolean known = use.command() == null ? cli.global().contains(option) : cli.accepts(use.command(), option);
            if (!known) {
                String command = use.command() == null ? "talentwatch" : "talentwatch " + use.command();
                problems.add(new DocProblem(page.path(), use.line(), command + " has no option " + option + where));
            }
        }
    }

    private Set<String> anchorsOf(String page) {
        return anchorsByPage.computeIfAbsent(page, path -> files.read(path)
                .map(text -> MarkdownPage.parse(path, text).anchors())
                .orElse(Set.of()));
    }

    /** {@code to} as written in {@code fromPage}: relative to that page's folder, or to the root when it starts with '/'. */
    static String resolve(String fromPage, String to) {
        Path base = to.startsWith("/") ? Path.of("") : parentOf(fromPage);
        String relative = to.startsWith("/") ? to.substring(1) : to;
        Path resolved = base.resolve(relative).normalize();
        return resolved.toString().replace('\\', '/');
    }

    private static Path parentOf(String page) {
        Path parent = Path.of(page).getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** Percent-escapes as in a URL path; '+' stays a plus. */
    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }
}
