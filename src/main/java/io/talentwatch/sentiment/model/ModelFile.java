package io.talentwatch.sentiment.model;

import io.talentwatch.model.Sentiment.Label;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A {@link LinearModel} as a gzipped binary resource: a header (magic, version, classes, hash bits,
 * dense count), the bias and dense weights as floats, then the hashed weights quantized to one
 * signed byte each with a scale per class (a quarter of the floats' size; the manifest's figures are
 * those of the quantized model, the one that ships).
 */
public final class ModelFile {
    private static final int MAGIC = 0x5457534D; // "TWSM"
    private static final int VERSION = 1;

    private ModelFile() {}

    public static void write(LinearModel model, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        int k = model.classes().size();
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeByte(k);
        for (Label label : model.classes()) {
            data.writeUTF(label.name());
        }
        data.writeByte(model.bits());
        data.writeShort(model.dense());
        for (int c = 0; c < k; c++) {
            for (int j = 0; j <= model.dense(); j++) {
                data.writeFloat(model.head(c, j));
            }
        }
        int ids = 1 << model.bits();
        float[] scale = new float[k];
        for (int c = 0; c < k; c++) {
            float max = 0;
            for (int id = 0; id < ids; id++) {
                max = Math.max(max, Math.abs(model.hashed(id, c)));
            }
            scale[c] = max == 0 ? 1 : max / 127;
            data.writeFloat(scale[c]);
        }
        for (int id = 0; id < ids; id++) {
            for (int c = 0; c < k; c++) {
                data.writeByte(Math.round(model.hashed(id, c) / scale[c]));
            }
        }
        data.flush();
        gzip.finish();
    }

    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a TalentWatch sentiment model");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("sentiment model version " + version + ", this build reads " + VERSION);
        }
        int k = data.readUnsignedByte();
        List<Label> classes = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            classes.add(Label.valueOf(data.readUTF()));
        }
        int bits = data.readUnsignedByte();
        int dense = data.readUnsignedShort();
        float[][] head = new float[k][dense + 1];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j <= dense; j++) {
                head[c][j] = data.readFloat();
            }
        }
        float[] scale = new float[k];
        for (int c = 0; c < k; c++) {
            scale[c] = data.readFloat();
        }
        float[] hashed = new float[k << bits];
        byte[] row = new byte[k];
        for (int id = 0, at = 0; id < 1 << bits; id++) {
            data.readFully(row);
            for (int c = 0; c < k; c++) {
                hashed[at++] = row[c] * scale[c];
            }
        }
        return new LinearModel(classes, bits, dense, head, hashed);
    }

    /** The model as it reads back: what {@link #write} keeps of it. */
    public static LinearModel quantized(LinearModel model) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        write(model, bytes);
        return read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    }
}
