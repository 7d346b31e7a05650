package io.talentwatch.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlotSizeTest {
    @Test
    void readsWidthByHeight() {
        assertThat(PlotSize.parse("1200x500")).isEqualTo(new PlotSize(1200, 500));
        assertThat(PlotSize.parse(" 640X480 ")).isEqualTo(new PlotSize(640, 480));
        assertThat(PlotSize.DEFAULT).hasToString("1200x500");
    }

    @Test
    void refusesWhatIsNotASizeOrTooSmallOrTooBigToRead() {
        assertThatThrownBy(() -> PlotSize.parse("1200")).hasMessage("'1200' is not WIDTHxHEIGHT in pixels, e.g. 1200x500");
        assertThatThrownBy(() -> PlotSize.parse("1200x-5")).hasMessageContaining("is not WIDTHxHEIGHT");
        assertThatThrownBy(() -> PlotSize.parse("100x50")).hasMessage("width and height must be 200 to 8000 pixels, got 100x50");
        assertThatThrownBy(() -> PlotSize.parse("99999x500")).hasMessageContaining("200 to 8000");
    }
}
