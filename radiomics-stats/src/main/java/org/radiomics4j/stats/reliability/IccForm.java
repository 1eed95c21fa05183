package org.radiomics4j.stats.reliability;

/**
 * The six intraclass correlation forms of Shrout &amp; Fleiss (1979), "Intraclass correlations: uses in assessing
 * rater reliability", Psychological Bulletin 86(2):420–428, with their McGraw &amp; Wong (1996) names
 * (Psychological Methods 1(1):30–46). A two-way <em>random</em> consistency ICC has the same estimate and CI as
 * ICC(3,1), and a two-way <em>mixed</em> absolute-agreement ICC the same as ICC(2,1) (McGraw &amp; Wong).
 */
public enum IccForm {
    /** ICC(1,1): one-way random effects, single rater (McGraw–Wong ICC(1)); psych "ICC1". */
    ICC1_1(Model.ONE_WAY_RANDOM, Type.ABSOLUTE_AGREEMENT, false, "ICC(1,1)", "ICC(1)"),
    /** ICC(2,1): two-way random effects, absolute agreement, single rater (ICC(A,1)); psych "ICC2". */
    ICC2_1(Model.TWO_WAY_RANDOM, Type.ABSOLUTE_AGREEMENT, false, "ICC(2,1)", "ICC(A,1)"),
    /** ICC(3,1): two-way mixed effects, consistency, single rater (ICC(C,1)); psych "ICC3". */
    ICC3_1(Model.TWO_WAY_MIXED, Type.CONSISTENCY, false, "ICC(3,1)", "ICC(C,1)"),
    /** ICC(1,k): one-way random, mean of k raters (McGraw–Wong ICC(k)); psych "ICC1k". */
    ICC1_K(Model.ONE_WAY_RANDOM, Type.ABSOLUTE_AGREEMENT, true, "ICC(1,k)", "ICC(k)"),
    /** ICC(2,k): two-way random, absolute agreement, mean of k raters (ICC(A,k)); psych "ICC2k". */
    ICC2_K(Model.TWO_WAY_RANDOM, Type.ABSOLUTE_AGREEMENT, true, "ICC(2,k)", "ICC(A,k)"),
    /** ICC(3,k): two-way mixed, consistency, mean of k raters (ICC(C,k)); psych "ICC3k". */
    ICC3_K(Model.TWO_WAY_MIXED, Type.CONSISTENCY, true, "ICC(3,k)", "ICC(C,k)");

    /** The ANOVA model. */
    public enum Model {
        /** Subjects random, each rated by different raters. */
        ONE_WAY_RANDOM,
        /** Subjects and raters random. */
        TWO_WAY_RANDOM,
        /** Subjects random, raters fixed. */
        TWO_WAY_MIXED
    }

    /** What agreement means. */
    public enum Type {
        /** Systematic rater differences count as disagreement. */
        ABSOLUTE_AGREEMENT,
        /** Systematic rater differences are ignored. */
        CONSISTENCY
    }

    private final Model model;
    private final Type type;
    private final boolean averageMeasures;
    private final String shroutFleissName;
    private final String mcGrawWongName;

    IccForm(Model model, Type type, boolean averageMeasures, String shroutFleissName, String mcGrawWongName) {
        this.model = model;
        this.type = type;
        this.averageMeasures = averageMeasures;
        this.shroutFleissName = shroutFleissName;
        this.mcGrawWongName = mcGrawWongName;
    }

    /** The ANOVA model. */
    public Model model() {
        return model;
    }

    /** Absolute agreement or consistency. */
    public Type type() {
        return type;
    }

    /** Whether the form rates the mean of k raters (true) or a single rater (false). */
    public boolean averageMeasures() {
        return averageMeasures;
    }

    /** Shrout–Fleiss name, e.g. "ICC(2,1)". */
    public String shroutFleissName() {
        return shroutFleissName;
    }

    /** McGraw–Wong name, e.g. "ICC(A,1)". */
    public String mcGrawWongName() {
        return mcGrawWongName;
    }
}
