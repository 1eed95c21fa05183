package org.radiomics4j.stats.study;

import java.util.List;
import java.util.Objects;

/**
 * A clinical variable of the study.
 *
 * @param name   the column
 * @param kind   how it is analysed
 * @param levels for CATEGORICAL / ORDINAL: the levels in report order (the first is the logistic reference);
 *               empty = the distinct values, sorted; must be empty for CONTINUOUS
 */
public record ClinicalVariable(String name, VariableKind kind, List<String> levels) {

    public ClinicalVariable {
        Objects.requireNonNull(name, "clinicalVariable.name must not be null");
        Objects.requireNonNull(kind, "clinicalVariable.kind must not be null (variable " + name + ")");
        levels = List.copyOf(levels);
        if (kind == VariableKind.CONTINUOUS && !levels.isEmpty()) {
            throw new IllegalArgumentException("clinicalVariable.levels must be empty for the CONTINUOUS variable "
                    + name + " but was " + levels);
        }
    }

    /** A continuous variable. */
    public static ClinicalVariable continuous(String name) {
        return new ClinicalVariable(name, VariableKind.CONTINUOUS, List.of());
    }

    /** A nominal variable; levels in report order, the first is the reference (none given: sorted values). */
    public static ClinicalVariable categorical(String name, String... levels) {
        return new ClinicalVariable(name, VariableKind.CATEGORICAL, List.of(levels));
    }

    /** An ordinal variable; levels from lowest to highest (scored 1..k in logistic regression). */
    public static ClinicalVariable ordinal(String name, String... levels) {
        return new ClinicalVariable(name, VariableKind.ORDINAL, List.of(levels));
    }
}
