package io.talentwatch.sentiment.model;

import java.util.Arrays;

/**
 * The hashed features of one text, sentence by sentence: ids with repeats, and where each sentence's
 * ids end. A vector can be made of any run of sentences (a company's sentiment reads only the
 * sentences that name it), each feature weighted by its count over the square root of the run's
 * feature count, so that long and short texts weigh the same. Reused between texts ({@link #clear}).
 */
public final class FeatureBag {
    private int[] ids = new int[256];
    private int size;
    private int[] sentenceEnds = new int[16];
    private int sentences;

    public void add(int id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** Ends the current sentence (possibly empty). */
    public void endSentence() {
        if (sentences == sentenceEnds.length) {
            sentenceEnds = Arrays.copyOf(sentenceEnds, sentences * 2);
        }
        sentenceEnds[sentences++] = size;
    }

    public int sentences() {
        return sentences;
    }

    public void clear() {
        size = 0;
        sentences = 0;
    }

    /** How many feature occurrences sentence {@code s} holds. */
    public int count(int s) {
        return end(s) - start(s);
    }

    /** The ids of sentence {@code s}, in the order they were added, for {@link LinearModel#add}. */
    int start(int s) {
        return s == 0 ? 0 : sentenceEnds[s - 1];
    }

    int end(int s) {
        return sentenceEnds[s];
    }

    int id(int i) {
        return ids[i];
    }

    /** The whole text as a sparse vector: distinct ids ascending, value count / sqrt(total count). */
    public SparseVector vector() {
        int[] sorted = Arrays.copyOf(ids, size);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        int[] index = new int[distinct];
        float[] value = new float[distinct];
        float unit = size == 0 ? 0 : (float) (1 / Math.sqrt(size));
        int d = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                index[++d] = sorted[i];
            }
            value[d] += unit;
        }
        return new SparseVector(index, value);
    }
}
