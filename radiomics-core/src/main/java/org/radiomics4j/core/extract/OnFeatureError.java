package org.radiomics4j.core.extract;

/** What the extractor does when a feature family fails on a case. */
public enum OnFeatureError {
    /** Throw (the default): no partial result. */
    THROW,
    /** Record the failure, with its cause, in the diagnostics and leave that family's features out. */
    RECORD
}
