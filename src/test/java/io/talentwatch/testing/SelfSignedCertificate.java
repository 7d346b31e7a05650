package io.talentwatch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throwaway self-signed certificate for 127.0.0.1 and localhost, made with the JDK's keytool:
 * PEM certificate and key for Elasticsearch, and a PKCS#12 trust store holding only the
 * certificate, for {@code -Djavax.net.ssl.trustStore} of the JVMs that talk to it.
 */
public record SelfSignedCertificate(Path certificatePem, Path privateKeyPem, Path trustStore, Path keyStore, String keyStorePassword) {
    private static final String ALIAS = "talentwatch-test";

    public static SelfSignedCertificate create(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Path keyStore = dir.resolve("http.p12");
        String password = "changeit-" + Long.toHexString(System.nanoTime());
        keytool(List.of("-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", password));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password.toCharArray());
        }
        Key key = store.getKey(ALIAS, password.toCharArray());
        Certificate certificate = store.getCertificate(ALIAS);
        Path certificatePem = Files.writeString(dir.resolve("http.crt"), pem("CERTIFICATE", certificate.getEncoded()));
        Path keyPem = Files.writeString(dir.resolve("http.key"), pem("PRIVATE KEY", key.getEncoded())); // PKCS#8

        // The recipe of docs/security.md: keytool writes the certificate unprotected, so no JVM needs a trust store password.
        Path trustStore = dir.resolve("truststore.p12");
        keytool(List.of("-J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE", "-J-Dkeystore.pkcs12.macAlgorithm=NONE",
                "-importcert", "-noprompt", "-alias", ALIAS, "-file", certificatePem.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", password));
        return new SelfSignedCertificate(certificatePem, keyPem, trustStore, keyStore, password);
    }

    /** The JVM options that make a child JVM trust this certificate (and nothing else): no password, as docs/security.md says. */
    public List<String> trustStoreOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /** A server-side TLS context presenting this certificate, for stand-in servers over https. */
    public SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, keyStorePassword.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, keyStorePassword.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(args);
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
