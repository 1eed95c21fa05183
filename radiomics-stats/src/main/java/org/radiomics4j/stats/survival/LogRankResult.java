package org.radiomics4j.stats.survival;

import java.util.List;
import java.util.Locale;
import org.radiomics4j.stats.SignificanceResult;

/**
 * Result of a (stratified) log-rank test.
 *
 * @param groups            per-group O, E, variance, in ascending group code
 * @param statistic         chi-square {@code (O-E)ᵀ V⁻ (O-E)}
 * @param degreesOfFreedom  number of groups - 1
 * @param pValue            upper-tail chi-square P
 * @param strata            number of strata (1 for the unstratified test)
 * @param hazardRatios      for two groups: the log-rank hazard ratios of group 1 vs group 0; empty otherwise
 */
public record LogRankResult(List<LogRankGroup> groups, double statistic, int degreesOfFreedom, double pValue,
        int strata, List<LogRankHazardRatio> hazardRatios) implements SignificanceResult {

    /** Canonical constructor: validates and makes defensive immutable copies. */
    public LogRankResult {
        groups = List.copyOf(groups);
        hazardRatios = List.copyOf(hazardRatios);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(String.format(Locale.ROOT, "Log-rank test%s: chi2 = %.4f, df = %d, P = %.4g%n",
                strata > 1 ? " (" + strata + " strata)" : "", statistic, degreesOfFreedom, pValue));
        b.append("  group      N   observed   expected   (O-E)^2/E").append(nl);
        for (LogRankGroup g : groups) {
            b.append(String.format(Locale.ROOT, "  %5d %6d %10d %10.4f %10.4f%n", g.group(), g.subjects(),
                    g.observed(), g.expected(), Math.pow(g.observed() - g.expected(), 2) / g.expected()));
        }
        for (LogRankHazardRatio h : hazardRatios) {
            b.append("  ").append(h).append(nl);
        }
        return b.toString();
    }
}
