package org.radiomics4j.core.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.radiomics4j.core.features.FeatureClass;

/**
 * Every feature name of PyRadiomics v3 per class, deprecated ones included (source: PyRadiomics commit 8ed5793,
 * {@code radiomics/*.py}, as listed in testdata/pyradiomics/features_default.md), for validating parameter files
 * independently of which families are implemented.
 */
final class PyRadiomicsFeatureNames {
    private PyRadiomicsFeatureNames() {
    }

    static final Map<FeatureClass, List<String>> ALL;
    static final Map<FeatureClass, List<String>> DEPRECATED;

    static {
        Map<FeatureClass, List<String>> m = new EnumMap<>(FeatureClass.class);
        m.put(FeatureClass.FIRSTORDER, List.of("Energy", "TotalEnergy", "Entropy", "Minimum", "10Percentile",
                "90Percentile", "Maximum", "Mean", "Median", "InterquartileRange", "Range", "MeanAbsoluteDeviation",
                "RobustMeanAbsoluteDeviation", "RootMeanSquared", "StandardDeviation", "Skewness", "Kurtosis",
                "Variance", "Uniformity"));
        m.put(FeatureClass.SHAPE, List.of("MeshVolume", "VoxelVolume", "SurfaceArea", "SurfaceVolumeRatio",
                "Sphericity", "Compactness1", "Compactness2", "SphericalDisproportion", "Maximum3DDiameter",
                "Maximum2DDiameterSlice", "Maximum2DDiameterColumn", "Maximum2DDiameterRow", "MajorAxisLength",
                "MinorAxisLength", "LeastAxisLength", "Elongation", "Flatness"));
        m.put(FeatureClass.SHAPE2D, List.of("MeshSurface", "PixelSurface", "Perimeter", "PerimeterSurfaceRatio",
                "Sphericity", "SphericalDisproportion", "MaximumDiameter", "MajorAxisLength", "MinorAxisLength",
                "Elongation"));
        m.put(FeatureClass.GLCM, List.of("Autocorrelation", "JointAverage", "ClusterProminence", "ClusterShade",
                "ClusterTendency", "Contrast", "Correlation", "DifferenceAverage", "DifferenceEntropy",
                "DifferenceVariance", "Dissimilarity", "JointEnergy", "JointEntropy", "Homogeneity1", "Homogeneity2",
                "Imc1", "Imc2", "Idm", "MCC", "Idmn", "Id", "Idn", "InverseVariance", "MaximumProbability",
                "SumAverage", "SumEntropy", "SumVariance", "SumSquares"));
        m.put(FeatureClass.GLRLM, List.of("ShortRunEmphasis", "LongRunEmphasis", "GrayLevelNonUniformity",
                "GrayLevelNonUniformityNormalized", "RunLengthNonUniformity", "RunLengthNonUniformityNormalized",
                "RunPercentage", "GrayLevelVariance", "RunVariance", "RunEntropy", "LowGrayLevelRunEmphasis",
                "HighGrayLevelRunEmphasis", "ShortRunLowGrayLevelEmphasis", "ShortRunHighGrayLevelEmphasis",
                "LongRunLowGrayLevelEmphasis", "LongRunHighGrayLevelEmphasis"));
        m.put(FeatureClass.GLSZM, List.of("SmallAreaEmphasis", "LargeAreaEmphasis", "GrayLevelNonUniformity",
                "GrayLevelNonUniformityNormalized", "SizeZoneNonUniformity", "SizeZoneNonUniformityNormalized",
                "ZonePercentage", "GrayLevelVariance", "ZoneVariance", "ZoneEntropy", "LowGrayLevelZoneEmphasis",
                "HighGrayLevelZoneEmphasis", "SmallAreaLowGrayLevelEmphasis", "SmallAreaHighGrayLevelEmphasis",
                "LargeAreaLowGrayLevelEmphasis", "LargeAreaHighGrayLevelEmphasis"));
        m.put(FeatureClass.GLDM, List.of("SmallDependenceEmphasis", "LargeDependenceEmphasis",
                "GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized", "DependenceNonUniformity",
                "DependenceNonUniformityNormalized", "GrayLevelVariance", "DependenceVariance", "DependenceEntropy",
                "DependencePercentage", "LowGrayLevelEmphasis", "HighGrayLevelEmphasis",
                "SmallDependenceLowGrayLevelEmphasis", "SmallDependenceHighGrayLevelEmphasis",
                "LargeDependenceLowGrayLevelEmphasis", "LargeDependenceHighGrayLevelEmphasis"));
        m.put(FeatureClass.NGTDM, List.of("Coarseness", "Contrast", "Busyness", "Complexity", "Strength"));
        ALL = Map.copyOf(m);
        Map<FeatureClass, List<String>> d = new EnumMap<>(FeatureClass.class);
        d.put(FeatureClass.FIRSTORDER, List.of("StandardDeviation"));
        d.put(FeatureClass.SHAPE, List.of("Compactness1", "Compactness2", "SphericalDisproportion"));
        d.put(FeatureClass.SHAPE2D, List.of("SphericalDisproportion"));
        d.put(FeatureClass.GLCM, List.of("Dissimilarity", "Homogeneity1", "Homogeneity2", "SumVariance"));
        d.put(FeatureClass.GLRLM, List.of());
        d.put(FeatureClass.GLSZM, List.of());
        d.put(FeatureClass.GLDM, List.of("GrayLevelNonUniformityNormalized", "DependencePercentage"));
        d.put(FeatureClass.NGTDM, List.of());
        DEPRECATED = Map.copyOf(d);
    }
}
