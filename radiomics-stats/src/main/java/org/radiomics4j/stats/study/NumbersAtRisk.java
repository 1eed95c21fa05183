package org.radiomics4j.stats.study;

/**
 * The numbers-at-risk row under a Kaplan–Meier plot: subjects with follow-up time ≥ {@code time} per arm.
 *
 * @param time  the time
 * @param low   at risk in the low arm
 * @param high  at risk in the high arm
 */
public record NumbersAtRisk(double time, int low, int high) {
}
