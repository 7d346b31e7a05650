package io.talentwatch.sentiment.train;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.talentwatch.model.Sentiment.Label;
import io.talentwatch.sentiment.ModelInput;
import io.talentwatch.sentiment.model.LinearModel;
import java.util.ArrayList;
import java.util.List;

/**
 * L2-regularized logistic regression by LIBLINEAR over {@link ModelInput}s: feature 1..D the dense
 * ones, D+1+id the hashed ids, and a bias. The trained weights become a {@link LinearModel} with one
 * vector per class (LIBLINEAR keeps one for two classes: the second is its negation).
 */
final class Liblinear {
    private Liblinear() {}

    static LinearModel train(List<ModelInput> inputs, List<Label> labels, int bits, double c) {
        Linear.disableDebugOutput();
        int dense = inputs.get(0).dense().length;
        Problem problem = new Problem();
        problem.l = inputs.size();
        problem.n = dense + (1 << bits) + 1; // the last one is the bias, 1 in every row
        problem.bias = 1;
        problem.x = new Feature[inputs.size()][];
        problem.y = new double[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            problem.x[i] = features(inputs.get(i), problem.n);
            problem.y[i] = labels.get(i).ordinal();
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 0.01));
        return export(model, dense, bits);
    }

    private static Feature[] features(ModelInput input, int biasIndex) {
        double[] dense = input.dense();
        int[] index = input.hashed().index();
        float[] value = input.hashed().value();
        List<Feature> features = new ArrayList<>(dense.length + index.length);
        for (int j = 0; j < dense.length; j++) {
            if (dense[j] != 0) {
                features.add(new FeatureNode(j + 1, dense[j]));
            }
        }
        for (int k = 0; k < index.length; k++) {
            features.add(new FeatureNode(dense.length + 1 + index[k], value[k]));
        }
        features.add(new FeatureNode(biasIndex, 1));
        return features.toArray(Feature[]::new);
    }

    private static LinearModel export(Model model, int dense, int bits) {
        int[] classLabels = model.getLabels();
        int k = model.getNrClass();
        int nrW = k == 2 ? 1 : k;
        double[] w = model.getFeatureWeights();
        int n = model.getNrFeature();
        List<Label> classes = new ArrayList<>(k);
        for (int label : classLabels) {
            classes.add(Label.values()[label]);
        }
        float[][] head = new float[k][dense + 1];
        float[] hashed = new float[k << bits];
        for (int c = 0; c < k; c++) {
            int column = nrW == 1 ? 0 : c;
            double sign = nrW == 1 && c == 1 ? -1 : 1;
            head[c][0] = (float) (sign * w[n * nrW + column] * model.getBias());
            for (int j = 0; j < dense; j++) {
                head[c][1 + j] = (float) (sign * w[j * nrW + column]);
            }
            for (int id = 0; id < 1 << bits; id++) {
                hashed[id * k + c] = (float) (sign * w[(dense + id) * nrW + column]);
            }
        }
        return new LinearModel(classes, bits, dense, head, hashed);
    }
}
