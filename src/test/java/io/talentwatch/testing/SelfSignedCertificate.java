package io.talentwatch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;

/**
 * A throwaway self-signed certificate for 127.0.0.1 and localhost, made with the JDK's keytool:
 * PEM certificate and key for Elasticsearch, and a PKCS#12 trust store holding only the
 * certificate, for {@code -Djavax.net.ssl.trustStore} of the JVMs that talk to it.
 */
public record SelfSignedCertificate(Path certificatePem, Path privateKeyPem, Path trustStore, String trustStorePassword) {
    private static final String ALIAS = "talentwatch-test";

    public static SelfSignedCertificate create(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Path keyStore = dir.resolve("http.p12");
        String password = "changeit-" + Long.toHexString(System.nanoTime());
        Process keytool = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", password))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password.toCharArray());
        }
        Key key = store.getKey(ALIAS, password.toCharArray());
        Certificate certificate = store.getCertificate(ALIAS);
        Path certificatePem = Files.writeString(dir.resolve("http.crt"), pem("CERTIFICATE", certificate.getEncoded()));
        Path keyPem = Files.writeString(dir.resolve("http.key"), pem("PRIVATE KEY", key.getEncoded())); // PKCS#8

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(ALIAS, certificate);
        Path trustStore = dir.resolve("truststore.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, password.toCharArray());
        }
        return new SelfSignedCertificate(certificatePem, keyPem, trustStore, password);
    }

    /** The JVM options that make a child JVM trust this certificate (and nothing else). */
    public List<String> trustStoreOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=" + trustStorePassword,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
