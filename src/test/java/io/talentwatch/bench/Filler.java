package io.talentwatch.bench;

import io.talentwatch.bench.Vocabulary.Company;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a template's slots for one item: {@code {A}}, {@code {B}}, {@code {C}} are the item's
 * companies and {@code {PA}}, {@code {PB}}, {@code {PC}} their people (each occurrence may be
 * spelled differently, as real texts do); any other slot is a {@link Vocabulary} filler.
 */
final class Filler {
    private final Random rng;
    private final boolean arabic;
    private final Company a;
    private final Company b;
    private final Company c;

    Filler(Random rng, boolean arabic, Company a, Company b, Company c) {
        this.rng = rng;
        this.arabic = arabic;
        this.a = a;
        this.b = b;
        this.c = c;
    }

    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                // "the ChatGPT maker said ..." starts a sentence with a capital like any other.
                out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
                return out.toString();
            }
            int close = template.indexOf('}', open);
            out.append(template, at, open).append(value(template.substring(open + 1, close)));
            at = close + 1;
        }
    }

    private String value(String slot) {
        return switch (slot) {
            case "A" -> a.name(arabic, rng);
            case "B" -> b.name(arabic, rng);
            case "C" -> c.name(arabic, rng);
            case "PA" -> a.person(arabic, rng);
            case "PB" -> b.person(arabic, rng);
            case "PC" -> c.person(arabic, rng);
            default -> {
                Map<String, List<String>> words = arabic ? Vocabulary.AR : Vocabulary.EN;
                List<String> values = words.get(slot);
                if (values == null) {
                    throw new IllegalArgumentException("no filler for {" + slot + "}");
                }
                yield Vocabulary.pick(rng, values);
            }
        };
    }
}
