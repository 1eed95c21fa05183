package org.radiomics4j.stats.study;

import java.util.List;

/**
 * How the synthetic cohort was made. ADASYN (He et al. 2008) generates new subjects by interpolating between a
 * subject and one of its K nearest same-group neighbours, more often near the other group. <b>The synthetic cohort
 * is derived entirely from the study cohort: it is not an external validation.</b> P values and AUCs computed on it
 * mostly restate the study cohort with a larger n (they are typically smaller / tighter for that reason alone),
 * and must be reported as such.
 *
 * @param generated       whether a synthetic cohort was made (false: see {@code note})
 * @param note            why not, or "" when generated
 * @param positiveCount   synthetic subjects of the positive group
 * @param negativeCount   synthetic subjects of the negative group
 * @param seed            RNG seed (same seed and data → same cohort)
 * @param neighbours      K
 * @param standardized    whether features were z-scored before ADASYN
 * @param features        the feature space (every feature of Table 2)
 * @param sourceSubjects  study subjects used (complete cases over those features)
 * @param weights         the deterministic ADASYN weights per group
 */
public record SyntheticCohortSummary(boolean generated, String note, int positiveCount, int negativeCount, long seed,
        int neighbours, boolean standardized, List<String> features, int sourceSubjects,
        List<SyntheticClassWeights> weights) {

    public SyntheticCohortSummary {
        features = List.copyOf(features);
        weights = List.copyOf(weights);
    }
}
