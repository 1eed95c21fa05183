/**
 * Synthetic data without patients: {@link org.radiomics4j.study.demo.DemoCohort}, a seeded cohort shaped like the
 * published study (clinical data, two CT phases, two readers' masks and a documented planted texture signal, so
 * that a study's findings can be checked against the truth; {@code radiomics demo} writes and analyses it), and
 * {@link org.radiomics4j.study.demo.SyntheticCt}, the seeded CT-like volume with a liver-like ROI that each demo
 * patient's anatomy comes from and that the benchmarks use at any size up to a whole 512×512×300 CT.
 */
package org.radiomics4j.study.demo;
