/**
 * A seeded synthetic cohort shaped like the published study ({@link org.radiomics4j.study.demo.DemoCohort}):
 * clinical data, two CT phases, two readers' masks and a documented planted texture signal, so that a study's
 * findings can be checked against the truth.
 */
package org.radiomics4j.study.demo;
