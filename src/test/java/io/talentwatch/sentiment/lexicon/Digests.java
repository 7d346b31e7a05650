package io.talentwatch.sentiment.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** The checksums provenance.yaml records: sha256 in hex, and npm's integrity string (sha512, base64). */
final class Digests {
    private Digests() {}

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256", bytes));
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /** As npm writes {@code dist.integrity} and package-lock.json do. */
    static String npmIntegrity(Path tarball) throws IOException {
        return "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", Files.readAllBytes(tarball)));
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}
