package io.talentwatch.docs;

import io.talentwatch.cli.Main;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine;

/**
 * The options each {@code talentwatch} command really has, read from the picocli model the CLI
 * runs, so the docs are checked against the code and not against a second list. Hidden options
 * count: they exist (such as {@code --es-password}, which is there only to be refused).
 */
record CommandOptions(Map<String, Set<String>> byCommand, Set<String> global) {

    static CommandOptions fromCli() {
        CommandLine root = Main.commandLine();
        Map<String, Set<String>> byCommand = new TreeMap<>();
        root.getSubcommands().forEach((name, command) -> byCommand.put(name, names(command)));
        return new CommandOptions(byCommand, names(root));
    }

    /** For the checker's own tests: commands and their options by hand; global ones are --help and --version. */
    static CommandOptions of(Map<String, List<String>> byCommand) {
        Map<String, Set<String>> options = new TreeMap<>();
        byCommand.forEach((name, list) -> options.put(name, Set.copyOf(list)));
        return new CommandOptions(options, Set.of("-h", "--help", "-V", "--version"));
    }

    boolean isCommand(String name) {
        return byCommand.containsKey(name);
    }

    boolean accepts(String command, String option) {
        return global.contains(option) || byCommand.getOrDefault(command, Set.of()).contains(option);
    }

    private static Set<String> names(CommandLine command) {
        Set<String> names = new HashSet<>();
        command.getCommandSpec().options().forEach(option -> names.addAll(List.of(option.names())));
        return Set.copyOf(names);
    }
}
