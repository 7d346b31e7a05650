package io.talentwatch.cli;

import io.talentwatch.plot.PlotSize;
import picocli.CommandLine;

/** {@code --plot-size 1200x500}; picocli names the option in front of the message. */
final class PlotSizeConverter implements CommandLine.ITypeConverter<PlotSize> {
    @Override
    public PlotSize convert(String value) {
        try {
            return PlotSize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
