package org.radiomics4j.core.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;

/**
 * A mask with the facts of its case that depend on the mask alone, established once by
 * {@link RadiomicsExtractor#prepare(Mask)} and used by {@link RadiomicsExtractor#extract(org.radiomics4j.core.image.Volume,
 * PreparedMask)}: the mask's SHA-1 and diagnostics, the label's bounding box, the ROI cropped to it and checked, and
 * the shape features (they read the mask only). A caller that reads the image and the mask separately can prepare
 * the mask while the image is still being read (the command line does: the mask is usually inflated long before the
 * image), and the extraction then only does the image's part.
 *
 * <p>Preparation is an optimisation, never a change of result: {@code extract(image, prepare(mask))} returns the
 * same {@link FeatureSet} as {@code extract(image, mask)}, value for value and key for key, and throws the same
 * exceptions. When the case does not qualify (resampling, re-segmentation, IBSI mode, a label that is absent or an
 * ROI that fails a check, a mask whose geometry turns out not to match the image, or another extractor's settings)
 * nothing is kept but the mask, and the extraction does every step itself as if it had been given the mask.
 *
 * <p>Immutable and safe to hand to another thread.
 */
public final class PreparedMask {
    private final Mask mask;
    private final ExtractionSettings settings;
    private final Facts facts;

    PreparedMask(Mask mask, ExtractionSettings settings, Facts facts) {
        this.mask = Objects.requireNonNull(mask, "mask");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.facts = facts;
    }

    /** The mask as given to {@link RadiomicsExtractor#prepare(Mask)}. */
    public Mask mask() {
        return mask;
    }

    /**
     * True if the mask's part of the extraction was done in advance; false if the extraction will do every step
     * (see the class description for when).
     */
    public boolean isPrepared() {
        return facts != null;
    }

    /** The facts, or null when the extraction with {@code s} must do every step itself. */
    Facts factsFor(ExtractionSettings s) {
        return s == settings ? facts : null;
    }

    /**
     * What was established from the mask for label {@code settings.label()}.
     *
     * @param hash SHA-1 of the mask ({@code diagnostics_Mask-original_Hash})
     * @param labelBox the label's bounding box in the mask's grid
     * @param statistics the {@code Mask-original_*} diagnostics that need a pass over the box, in order
     * @param roi the mask cropped to {@code labelBox}, the label selected (binary)
     * @param shape the outcomes of the enabled shape classes on {@code roi} (a failure kept as its exception)
     */
    record Facts(String hash, BoundingBox labelBox, Map<String, String> statistics, Mask roi,
            Map<FeatureClass, RadiomicsExtractor.Outcome> shape) {
        Facts {
            EnumMap<FeatureClass, RadiomicsExtractor.Outcome> copy = new EnumMap<>(FeatureClass.class);
            copy.putAll(shape);
            shape = java.util.Collections.unmodifiableMap(copy);
        }
    }
}
