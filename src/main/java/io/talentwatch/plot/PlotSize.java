package io.talentwatch.plot;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A picture's size in pixels, written WIDTHxHEIGHT; big enough to read, small enough to fit in memory. */
public record PlotSize(int width, int height) {
    public static final int MIN = 200;
    public static final int MAX = 8000;
    public static final PlotSize DEFAULT = new PlotSize(1200, 500);
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})[xX](\\d{1,9})");

    public PlotSize {
        if (width < MIN || width > MAX || height < MIN || height > MAX) {
            throw new IllegalArgumentException("width and height must be " + MIN + " to " + MAX + " pixels, got "
                    + width + "x" + height);
        }
    }

    /** e.g. {@code 1200x500}; the message of the exception says what is wrong. */
    public static PlotSize parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not WIDTHxHEIGHT in pixels, e.g. 1200x500");
        }
        return new PlotSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
