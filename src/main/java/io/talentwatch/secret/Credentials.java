package io.talentwatch.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** A user name and password for Elasticsearch (or Kibana, which takes the same users). */
public record Credentials(String username, Secret password) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isBlank() || username.contains(":")) {
            // HTTP Basic joins user and password with ':', so a user name cannot hold one.
            throw new CredentialsException("the Elasticsearch user name must be non-empty and without ':'");
        }
    }

    /** The value of an HTTP {@code Authorization} header: {@code Basic base64(user:password)}. */
    public String authorizationHeader() {
        String pair = username + ":" + password.reveal();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=" + password + "]";
    }
}
