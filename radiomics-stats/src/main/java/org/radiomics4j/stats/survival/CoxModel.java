package org.radiomics4j.stats.survival;

import java.util.List;
import java.util.Locale;
import org.radiomics4j.stats.regression.ModelTest;

/**
 * A fitted Cox proportional-hazards model; see {@link CoxRegression}.
 *
 * <p>Under monotone likelihood (Heinze &amp; Schemper 2001; e.g. a group without events) the maximum partial
 * likelihood estimate is infinite: {@link #monotoneLikelihood()} is true, {@link #coefficients()} is empty (R
 * reports an arbitrary large coefficient with the warning "coefficient may be infinite"), {@link #waldTest()} is
 * null (undefined), and the likelihood-ratio test (at the supremum) and the score test (at β = 0, equal to the
 * log-rank test for one binary covariate) are still reported.
 *
 * @param terms                covariate names
 * @param coefficients         one per term; empty under monotone likelihood
 * @param observations         n
 * @param events               number of events
 * @param ties                 tie handling
 * @param logLikelihoodNull    log partial likelihood at β = 0
 * @param logLikelihood        log partial likelihood at the estimate (the supremum under monotone likelihood)
 * @param likelihoodRatioTest  2 (l(β̂) - l(0)) on p df
 * @param waldTest             β̂ᵀ I(β̂) β̂ on p df; null under monotone likelihood
 * @param scoreTest            U(0)ᵀ I(0)⁻¹ U(0) on p df
 * @param iterations           Newton–Raphson iterations
 * @param converged            whether a finite maximum was reached
 * @param monotoneLikelihood   whether some coefficient diverges
 * @param warnings             warnings (monotone likelihood), empty when none
 * @param confidenceLevel      level of the hazard-ratio intervals
 */
public record CoxModel(List<String> terms, List<CoxCoefficient> coefficients, int observations, int events,
        Ties ties, double logLikelihoodNull, double logLikelihood, ModelTest likelihoodRatioTest, ModelTest waldTest,
        ModelTest scoreTest, int iterations, boolean converged, boolean monotoneLikelihood, List<String> warnings,
        double confidenceLevel) {

    /** Canonical constructor: validates and makes defensive immutable copies. */
    public CoxModel {
        terms = List.copyOf(terms);
        coefficients = List.copyOf(coefficients);
        warnings = List.copyOf(warnings);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(String.format(Locale.ROOT, "Cox proportional hazards (%s ties), n = %d, %d events%n", ties,
                observations, events));
        for (String w : warnings) {
            b.append("  WARNING: ").append(w).append(nl);
        }
        for (CoxCoefficient c : coefficients) {
            b.append("  ").append(c).append(nl);
        }
        b.append(String.format(Locale.ROOT, "  log partial likelihood %.6f (null %.6f), %d iterations%n",
                logLikelihood, logLikelihoodNull, iterations));
        b.append("  ").append(likelihoodRatioTest).append(nl);
        if (waldTest != null) {
            b.append("  ").append(waldTest).append(nl);
        }
        b.append("  ").append(scoreTest);
        return b.toString();
    }
}
