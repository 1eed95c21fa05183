package org.radiomics4j.stats.study;

import java.util.List;

/**
 * The deterministic part of ADASYN for one group of the synthetic cohort (Table 2 synthetic P, Table 4).
 *
 * @param label       group label (1 positive, 0 negative)
 * @param requested   synthetic subjects requested for this group
 * @param seedRows    rows (0-based, in the ADASYN input = complete cases in table order) of this group
 * @param r           share of other-group subjects among each row's K nearest neighbours (self excluded)
 * @param rHat        r normalised to sum 1
 * @param neighbours  each row's K nearest same-group neighbours, as indices into {@code seedRows}
 * @param generated   synthetic subjects generated from each row (largest-remainder apportionment of rHat·G, so
 *                    the total is exactly {@code requested})
 */
public record SyntheticClassWeights(int label, int requested, List<Integer> seedRows, List<Double> r,
        List<Double> rHat, List<List<Integer>> neighbours, List<Integer> generated) {

    public SyntheticClassWeights {
        seedRows = List.copyOf(seedRows);
        r = List.copyOf(r);
        rHat = List.copyOf(rHat);
        neighbours = neighbours.stream().map(List::copyOf).toList();
        generated = List.copyOf(generated);
    }
}
