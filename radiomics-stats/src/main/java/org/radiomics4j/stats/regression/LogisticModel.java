package org.radiomics4j.stats.regression;

import java.util.List;
import java.util.Locale;

/**
 * A fitted binary logistic regression model {@code logit P(y = 1) = b0 + Σ b_j x_j}; see
 * {@link LogisticRegression} for the algorithm.
 *
 * <p>When the data are separated ({@link #separation()} not {@link Separation#NONE}) the maximum-likelihood
 * estimates do not exist: {@link #coefficients()} is then <b>empty</b> and {@link #warnings()} says why, while
 * the deviance, the likelihood-ratio test and the pseudo-R² are reported at their limits (the values R's
 * {@code glm} approaches; R's coefficients and SEs for such data are artefacts of where its iteration stopped,
 * and statsmodels raises {@code PerfectSeparationError}).
 *
 * @param terms                     predictor names (without the intercept)
 * @param coefficients              intercept first, then the predictors; empty under separation
 * @param observations              n
 * @param events                    number of y = 1
 * @param deviance                  residual deviance {@code -2 log L}
 * @param nullDeviance              deviance of the intercept-only model
 * @param residualDegreesOfFreedom  n - (number of predictors + 1)
 * @param nullDegreesOfFreedom      n - 1
 * @param aic                       deviance + 2 (number of predictors + 1)
 * @param logLikelihood             -deviance / 2
 * @param iterations                Newton (IRLS) iterations
 * @param converged                 whether a finite MLE was reached (false under separation)
 * @param separation                separation diagnosis
 * @param likelihoodRatioTest       null deviance - deviance on (number of predictors) df
 * @param coxSnellR2                {@code 1 - exp((deviance - nullDeviance) / n)}
 * @param nagelkerkeR2              Cox–Snell / {@code (1 - exp(-nullDeviance / n))}
 * @param discrimination            ROC of the fitted probabilities
 * @param warnings                  human-readable warnings (separation); empty when none
 * @param confidenceLevel           level of the odds-ratio intervals
 */
public record LogisticModel(List<String> terms, List<LogisticCoefficient> coefficients, int observations,
        int events, double deviance, double nullDeviance, int residualDegreesOfFreedom, int nullDegreesOfFreedom,
        double aic, double logLikelihood, int iterations, boolean converged, Separation separation,
        ModelTest likelihoodRatioTest, double coxSnellR2, double nagelkerkeR2, ModelDiscrimination discrimination,
        List<String> warnings, double confidenceLevel) {

    /** Canonical constructor: validates and makes defensive immutable copies. */
    public LogisticModel {
        terms = List.copyOf(terms);
        coefficients = List.copyOf(coefficients);
        warnings = List.copyOf(warnings);
    }

    /**
     * The coefficient of {@code term} ({@code "(Intercept)"} for the intercept).
     *
     * @throws IllegalArgumentException if there is no such term, or the model is separated (no coefficients)
     */
    public LogisticCoefficient coefficient(String term) {
        for (LogisticCoefficient c : coefficients) {
            if (c.term().equals(term)) {
                return c;
            }
        }
        if (separation != Separation.NONE) {
            throw new IllegalArgumentException("term " + term + " has no finite coefficient: " + separation
                    + " separation");
        }
        throw new IllegalArgumentException("term " + term + " not in model; terms: " + terms);
    }

    /**
     * The predicted probability {@code 1 / (1 + exp(-(b0 + Σ b_j x_j)))} for predictor values in {@link #terms()}
     * order.
     *
     * @throws IllegalArgumentException if the number of values differs from the number of terms or the model is
     *                                  separated
     */
    public double predictProbability(double... x) {
        if (separation != Separation.NONE) {
            throw new IllegalArgumentException("model has " + separation + " separation; no finite coefficients");
        }
        if (x.length != terms.size()) {
            throw new IllegalArgumentException("x must have " + terms.size() + " values (" + terms + ") but had "
                    + x.length);
        }
        double eta = coefficients.get(0).estimate();
        for (int j = 0; j < x.length; j++) {
            eta += coefficients.get(j + 1).estimate() * x[j];
        }
        return 1 / (1 + Math.exp(-eta));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(String.format(Locale.ROOT, "Logistic regression, n = %d (%d events), terms %s%n", observations,
                events, terms));
        for (String w : warnings) {
            b.append("  WARNING: ").append(w).append(nl);
        }
        for (LogisticCoefficient c : coefficients) {
            b.append("  ").append(c).append(nl);
        }
        b.append(String.format(Locale.ROOT, "  null deviance %.4f on %d df; residual deviance %.4f on %d df; "
                + "AIC %.4f%n", nullDeviance, nullDegreesOfFreedom, deviance, residualDegreesOfFreedom, aic));
        b.append("  ").append(likelihoodRatioTest).append(nl);
        b.append(String.format(Locale.ROOT, "  Cox-Snell R2 %.4f, Nagelkerke R2 %.4f; %d iterations%n", coxSnellR2,
                nagelkerkeR2, iterations));
        b.append("  ").append(discrimination);
        return b.toString();
    }
}
