package io.talentwatch.sentiment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.talentwatch.model.Sentiment.Label;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelFileTest {
    private static final List<Label> THREE = List.of(Label.NEGATIVE, Label.NEUTRAL, Label.POSITIVE);

    @Test
    void aModelReadsBackWithItsHeadExactAndItsHashedWeightsWithinOneQuantizationStep() throws IOException {
        LinearModel model = random(new Random(7), 10, 4);
        LinearModel back = ModelFile.quantized(model);

        assertThat(back.classes()).isEqualTo(THREE);
        assertThat(back.bits()).isEqualTo(10);
        assertThat(back.dense()).isEqualTo(4);
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j <= 4; j++) {
                assertThat(back.head(c, j)).isEqualTo(model.head(c, j));
            }
            float max = 0;
            for (int id = 0; id < 1 << 10; id++) {
                max = Math.max(max, Math.abs(model.hashed(id, c)));
            }
            for (int id = 0; id < 1 << 10; id++) {
                assertThat(back.hashed(id, c)).isCloseTo(model.hashed(id, c), within(max / 127 / 2 + 1e-7f));
            }
        }
    }

    @Test
    void somethingElseIsRefusedWithAReason() {
        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(gzip(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))))
                .isInstanceOf(IOException.class).hasMessageContaining("not a TalentWatch sentiment model");
    }

    static LinearModel random(Random random, int bits, int dense) {
        float[][] head = new float[3][dense + 1];
        for (float[] row : head) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        float[] hashed = new float[3 << bits];
        for (int i = 0; i < hashed.length; i++) {
            hashed[i] = (float) (random.nextGaussian() * 0.3);
        }
        return new LinearModel(THREE, bits, dense, head, hashed);
    }

    private static byte[] gzip(byte[] raw) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
                gzip.write(raw);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
