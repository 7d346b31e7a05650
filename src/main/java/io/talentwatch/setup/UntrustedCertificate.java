package io.talentwatch.setup;

import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Tells a handshake that failed on the server's certificate (which waiting will not change) from
 * one cut short for another reason, and says how to make this JVM trust the certificate.
 */
final class UntrustedCertificate {
    private UntrustedCertificate() {}

    /** Whether the handshake failed because the certificate was refused: not trusted, expired, or naming another host. */
    static boolean isCause(SSLHandshakeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    /** One line for the user: which service, what failed, and the JVM options that fix the usual case. */
    static String advice(String service, String url, SSLHandshakeException e) {
        return "TLS handshake with " + service + " at " + url + " failed (" + e.getMessage()
                + "); if its certificate is not signed by a public CA, give this JVM a trust store holding it:"
                + " -Djavax.net.ssl.trustStore=FILE -Djavax.net.ssl.trustStoreType=PKCS12";
    }
}
