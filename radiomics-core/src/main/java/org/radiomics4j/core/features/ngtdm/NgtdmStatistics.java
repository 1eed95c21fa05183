package org.radiomics4j.core.features.ngtdm;

/**
 * The five NGTDM features of one matrix and which PyRadiomics degenerate-case rule produced each value.
 */
record NgtdmStatistics(double coarseness, double contrast, double busyness, double complexity, double strength,
        boolean coarsenessCapped, boolean contrastSingleLevel, boolean busynessZeroDenominator,
        boolean strengthZeroSum) {

    double[] toArray() {
        return new double[] {coarseness, contrast, busyness, complexity, strength};
    }
}
