package io.talentwatch.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Particles written joined to the next word: و ف (and, so), ب ل ك (with/in, for/to, like) and
 * their pairs (وب, ول, ...). The article (ال, وال, بال, لل) is the Arabic light stemmer's job, and
 * it is never removed from names (ألفابت starts with it). Stripping needs a long enough remainder:
 * otherwise وابل ("a barrage of") would read as ابل (Apple).
 */
public final class ArabicProclitics {
    private static final String[] PARTICLES = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"};

    private ArabicProclitics() {}

    /** {@code form} without each particle it starts with, shortest particle first; empty when none applies. */
    public static List<String> stripped(String form, int minRemainder) {
        if (form.isEmpty() || "وفبلك".indexOf(form.charAt(0)) < 0) {
            return List.of(); // most words: no particle can start them
        }
        List<String> out = null;
        for (String particle : PARTICLES) {
            if (form.length() - particle.length() >= minRemainder && form.startsWith(particle)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(form.substring(particle.length()));
            }
        }
        return out == null ? List.of() : out;
    }
}
