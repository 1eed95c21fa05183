package org.radiomics4j.stats.reliability;

/**
 * The two-way ANOVA (subjects × raters, one rating per cell) behind every ICC form, as psych::ICC reports it.
 *
 * @param subjects        n, number of subjects (rows)
 * @param raters          k, number of raters (columns)
 * @param msSubjects      between-subjects mean square (df n − 1)
 * @param msRaters        between-raters mean square (df k − 1); 0 when it is floating-point noise of an exact 0
 * @param msError         residual mean square (df (n − 1)(k − 1)); 0 when it is floating-point noise of an exact 0
 * @param msWithin        within-subjects mean square of the one-way model (df n(k − 1)); 0 likewise
 */
public record IccAnova(int subjects, int raters, double msSubjects, double msRaters, double msError,
        double msWithin) {

    /**
     * @throws IllegalArgumentException unless subjects ≥ 2, raters ≥ 2, msSubjects &gt; 0 and the other mean squares
     *         are finite and ≥ 0
     */
    public IccAnova {
        if (subjects < 2 || raters < 2) {
            throw new IllegalArgumentException("subjects and raters must be >= 2 but were " + subjects + " and "
                    + raters);
        }
        if (!(msSubjects > 0) || Double.isInfinite(msSubjects)) {
            throw new IllegalArgumentException("msSubjects must be finite and > 0 but was " + msSubjects);
        }
        for (double v : new double[] {msRaters, msError, msWithin}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("mean squares must be finite and >= 0 but msRaters=" + msRaters
                        + ", msError=" + msError + ", msWithin=" + msWithin);
            }
        }
    }

    /** Degrees of freedom of subjects, n − 1. */
    public int dfSubjects() {
        return subjects - 1;
    }

    /** Degrees of freedom of raters, k − 1. */
    public int dfRaters() {
        return raters - 1;
    }

    /** Residual degrees of freedom, (n − 1)(k − 1). */
    public int dfError() {
        return (subjects - 1) * (raters - 1);
    }

    /** Within-subject degrees of freedom, n(k − 1). */
    public int dfWithin() {
        return subjects * (raters - 1);
    }
}
