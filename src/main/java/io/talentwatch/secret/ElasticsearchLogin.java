package io.talentwatch.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Elasticsearch credentials come from, resolved in the JVM that talks to Elasticsearch:
 * the CLI's for its own calls, the job's {@code main} (on the JobManager when submitted) for the sink.
 *
 * <p>The password comes from exactly one place: the {@value #PASSWORD_ENV} variable, a file named
 * by {@value #PASSWORD_FILE_ENV}, or a file named by the job definition's
 * {@code elasticsearch.password-file} (or {@code --es-password-file}). Two at once is an error, so
 * nobody wonders which one is in use. Never a command-line value: arguments show in {@code ps},
 * shell history and Flink's job configuration.
 *
 * <p>The user is {@code --es-user} or {@code elasticsearch.username}, else {@value #USERNAME_ENV},
 * else {@value #DEFAULT_USERNAME} (Elasticsearch's built-in superuser, whose password the official
 * image takes from {@code ELASTIC_PASSWORD}), so a password alone is enough to start.
 */
public final class ElasticsearchLogin {
    public static final String USERNAME_ENV = "TALENTWATCH_ES_USERNAME";
    public static final String PASSWORD_ENV = "TALENTWATCH_ES_PASSWORD";
    public static final String PASSWORD_FILE_ENV = "TALENTWATCH_ES_PASSWORD_FILE";
    public static final String DEFAULT_USERNAME = "elastic";

    private ElasticsearchLogin() {}

    /** From this process's environment; see {@link #resolve(String, String, Map)}. */
    public static Optional<Credentials> fromEnvironment(String configuredUser, String configuredPasswordFile) {
        return resolve(configuredUser, configuredPasswordFile, System.getenv());
    }

    /**
     * The credentials to use, or empty when no password is given anywhere (an unsecured cluster).
     *
     * @param configuredUser         {@code --es-user} or {@code elasticsearch.username}; nullable
     * @param configuredPasswordFile {@code --es-password-file} or {@code elasticsearch.password-file}; nullable
     */
    public static Optional<Credentials> resolve(String configuredUser, String configuredPasswordFile, Map<String, String> env) {
        String password = value(env, PASSWORD_ENV);
        String passwordFileEnv = value(env, PASSWORD_FILE_ENV);
        String passwordFile = blankToNull(configuredPasswordFile);
        List<String> sources = new ArrayList<>();
        if (password != null) {
            sources.add(PASSWORD_ENV);
        }
        if (passwordFileEnv != null) {
            sources.add(PASSWORD_FILE_ENV);
        }
        if (passwordFile != null) {
            sources.add("elasticsearch.password-file (or --es-password-file)");
        }
        if (sources.size() > 1) {
            throw new CredentialsException("the Elasticsearch password is given " + sources.size() + " times ("
                    + String.join(", ", sources) + "); give it in one place");
        }
        String user = blankToNull(configuredUser);
        if (user == null) {
            user = value(env, USERNAME_ENV);
        }
        if (sources.isEmpty()) {
            if (user != null) {
                throw new CredentialsException("an Elasticsearch user ('" + user + "') is set but no password: set "
                        + PASSWORD_ENV + " or " + PASSWORD_FILE_ENV + ", or elasticsearch.password-file");
            }
            return Optional.empty();
        }
        Secret secret;
        if (password != null) {
            secret = Secret.of(password);
        } else {
            secret = readFile(passwordFileEnv != null ? passwordFileEnv : passwordFile,
                    passwordFileEnv != null ? PASSWORD_FILE_ENV : "elasticsearch.password-file");
        }
        return Optional.of(new Credentials(user != null ? user : DEFAULT_USERNAME, secret));
    }

    /** The file's content without its final line break (an editor's or {@code echo}'s). */
    private static Secret readFile(String file, String setting) {
        String content;
        try {
            content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CredentialsException("the Elasticsearch password file '" + file + "' (" + setting + ") does not exist");
        } catch (IOException | RuntimeException e) {
            throw new CredentialsException("cannot read the Elasticsearch password file '" + file + "' (" + setting
                    + "): " + e.getClass().getSimpleName());
        }
        if (content.endsWith("\n")) {
            content = content.substring(0, content.length() - 1);
        }
        if (content.endsWith("\r")) {
            content = content.substring(0, content.length() - 1);
        }
        if (content.isEmpty()) {
            throw new CredentialsException("the Elasticsearch password file '" + file + "' (" + setting + ") is empty");
        }
        return Secret.of(content);
    }

    private static String value(Map<String, String> env, String name) {
        return blankToNull(env.get(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
