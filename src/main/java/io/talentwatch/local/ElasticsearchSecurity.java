package io.talentwatch.local;

import io.talentwatch.secret.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Security for a local node ({@link LocalElasticsearch#start(ServiceOptions, ElasticsearchSecurity)}):
 * https with this PEM certificate and unencrypted PKCS#8 key, and one file-realm user with the
 * {@value #ROLE} role, the privileges a TalentWatch deployment needs and no more.
 *
 * @param certificate PEM certificate for the node's http layer; must name 127.0.0.1 (SAN)
 * @param privateKey  its PEM private key (PKCS#8, unencrypted)
 * @param login       the user the node gets, and the one the harness itself uses
 */
public record ElasticsearchSecurity(Path certificate, Path privateKey, Credentials login) {
    public static final String ROLE = "talentwatch_writer";

    /**
     * The role of {@code roles.yml}: install templates, create and write the indices, read them
     * back (for counts and checks), and cluster health.
     */
    static final String ROLES_YAML = String.join("\n",
            ROLE + ":",
            "  cluster: [monitor, manage_index_templates]",
            "  indices:",
            "    - names: ['*']",
            "      privileges: [create_index, create_doc, index, read, view_index_metadata, manage]",
            "");

    public ElasticsearchSecurity {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(login, "login");
    }

    /**
     * A TLS context that trusts exactly this certificate, for the harness's own readiness probe:
     * the JVM-wide default stays untouched, so other tests in the same JVM are not affected.
     */
    public SSLContext trustingOnlyThisCertificate() {
        try (InputStream in = Files.newInputStream(certificate)) {
            Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("local-elasticsearch", cert);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the certificate " + certificate, e);
        }
    }
}
