package io.talentwatch.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code talentwatch} command lines a page writes, and the options each one names. The
 * rules, and why each is drawn where it is, are in {@link DocsLinksTest}'s javadoc.
 */
final class CommandLines {
    /** A command line: {@code command} null for {@code talentwatch} itself; {@code text} is what it was read from. */
    record Use(String command, List<String> options, int line, String text) {}

    private static final Pattern COMMAND_WORD = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern LONG_OPTION = Pattern.compile("^--[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Pattern SHORT_OPTIONS = Pattern.compile("^-([A-Za-z]+)(?=$|[\\]),.;:|=])");
    /** Tokens after which the shell runs something else (a pipe, a list, a redirection) or a comment starts. */
    private static final Pattern SHELL_STOP = Pattern.compile("\\||\\|\\||&&|&|;|#.*|\\d?>.*|<.*");
    /** Brackets and quotes a synopsis or a shell line puts before an option. */
    private static final String OPENERS = "[({\"'`";

    private CommandLines() {}

    static List<Use> in(MarkdownPage page, CommandOptions cli) {
        List<Use> uses = new ArrayList<>();
        page.codeLines().forEach(snippet -> uses.addAll(invocations(snippet.text(), snippet.line())));
        page.codeSpans().forEach(snippet -> uses.addAll(fromSpan(snippet.text(), snippet.line(), cli)));
        page.commandRows().forEach(row -> uses.addAll(fromCommandRow(row, cli)));
        return uses;
    }

    /** Rule 1: {@code talentwatch CMD ...} (or {@code ./talentwatch}, any path) anywhere in code, up to a shell stop. */
    static List<Use> invocations(String text, int line) {
        List<Use> uses = new ArrayList<>();
        List<String> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!token.equals("talentwatch") && !token.endsWith("/talentwatch")) {
                continue;
            }
            int next = i + 1;
            String command = null;
            if (next < tokens.size() && COMMAND_WORD.matcher(tokens.get(next)).matches()) {
                command = tokens.get(next++);
            } else if (next >= tokens.size() || !tokens.get(next).startsWith("-")) {
                continue; // "talentwatch COMMAND", "talentwatch: building...": names no command
            }
            List<String> options = new ArrayList<>();
            for (; next < tokens.size(); next++) {
                String argument = tokens.get(next);
                if (SHELL_STOP.matcher(argument).matches()) {
                    break;
                }
                boolean last = argument.endsWith(";");
                options.addAll(options(last ? argument.substring(0, argument.length() - 1) : argument));
                if (last) {
                    break;
                }
            }
            uses.add(new Use(command, options, line, text.strip()));
            i = next;
        }
        return uses;
    }

    /** Rule 2: a code span is rule 1, or else a synopsis when its first word is a command: {@code `stop --savepoint`}. */
    private static List<Use> fromSpan(String text, int line, CommandOptions cli) {
        List<Use> uses = invocations(text, line);
        List<String> tokens = tokens(text);
        if (uses.isEmpty() && !tokens.isEmpty() && cli.isCommand(tokens.get(0))) {
            uses.add(synopsis(tokens.get(0), tokens.subList(1, tokens.size()), line, text));
        }
        return uses;
    }

    /**
     * Rule 3: in a table headed {@code command}, the first cell is a synopsis of the command it starts
     * with, and option-only code spans elsewhere in the row ({@code `--allow-duplicate`}) are its
     * options too. Other spans of the row follow rule 2.
     */
    private static List<Use> fromCommandRow(MarkdownPage.CommandRow row, CommandOptions cli) {
        List<Use> uses = new ArrayList<>();
        List<String> tokens = new ArrayList<>(tokens(row.firstCell()));
        if (!tokens.isEmpty() && (tokens.get(0).equals("talentwatch") || tokens.get(0).endsWith("/talentwatch"))) {
            tokens.remove(0);
        }
        if (tokens.isEmpty()) {
            return uses;
        }
        String command = tokens.get(0);
        List<String> arguments = new ArrayList<>(tokens.subList(1, tokens.size()));
        for (String span : row.otherSpans()) {
            if (span.strip().startsWith("-")) {
                arguments.addAll(tokens(span));
            } else {
                uses.addAll(fromSpan(span, row.line(), cli));
            }
        }
        uses.add(synopsis(command, arguments, row.line(), row.firstCell()));
        return uses;
    }

    /** In a synopsis '|' separates alternatives ({@code [--from-savepoint PATH | --from-timestamp TIME]}), so nothing stops it. */
    private static Use synopsis(String command, List<String> arguments, int line, String text) {
        List<String> options = new ArrayList<>();
        arguments.forEach(argument -> options.addAll(options(argument)));
        return new Use(command, options, line, text.strip());
    }

    /** The option names a token holds: {@code [--map} gives --map, {@code --kind=news} --kind, {@code [-hV]} -h and -V. */
    static List<String> options(String token) {
        int start = 0;
        while (start < token.length() && OPENERS.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        String bare = token.substring(start);
        Matcher longOption = LONG_OPTION.matcher(bare);
        if (longOption.find()) {
            return List.of(longOption.group());
        }
        Matcher shortOptions = SHORT_OPTIONS.matcher(bare);
        if (shortOptions.find()) {
            return shortOptions.group(1).chars().mapToObj(c -> "-" + (char) c).toList();
        }
        return List.of();
    }

    private static List<String> tokens(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }
}
