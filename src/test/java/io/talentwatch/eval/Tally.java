package io.talentwatch.eval;

/** Counts for one binary decision or one set-valued label: precision, recall, and accuracy where it applies. */
final class Tally {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int correct;
    int total;

    /** One yes/no decision. */
    void decide(boolean expected, boolean predicted) {
        total++;
        if (expected == predicted) {
            correct++;
        }
        if (expected && predicted) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
        } else if (expected) {
            falseNegatives++;
        }
    }

    /** One item of a set-valued label (companies, flows): exact-set accuracy plus per-member counts. */
    <T> void compare(java.util.Set<T> expected, java.util.Set<T> predicted) {
        total++;
        if (expected.equals(predicted)) {
            correct++;
        }
        for (T value : predicted) {
            if (expected.contains(value)) {
                truePositives++;
            } else {
                falsePositives++;
            }
        }
        for (T value : expected) {
            if (!predicted.contains(value)) {
                falseNegatives++;
            }
        }
    }

    double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    double accuracy() {
        return total == 0 ? 1.0 : (double) correct / total;
    }
}
