package org.radiomics4j.io.dicom;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The data element tags radiomics4j reads (PS3.6 section 6), their keyword and their VR (used for implicit VR
 * files, where the file does not carry the VR). A tag is {@code (group << 16) | element}.
 */
final class Tags {
    static final int TRANSFER_SYNTAX_UID = 0x00020010;
    static final int SPECIFIC_CHARACTER_SET = 0x00080005;
    static final int SOP_CLASS_UID = 0x00080016;
    static final int SOP_INSTANCE_UID = 0x00080018;
    static final int MODALITY = 0x00080060;
    static final int REFERENCED_SOP_CLASS_UID = 0x00081150;
    static final int REFERENCED_SOP_INSTANCE_UID = 0x00081155;
    static final int SLICE_THICKNESS = 0x00180050;
    static final int SPACING_BETWEEN_SLICES = 0x00180088;
    static final int GANTRY_TILT = 0x00181120;
    static final int STUDY_INSTANCE_UID = 0x0020000D;
    static final int SERIES_INSTANCE_UID = 0x0020000E;
    static final int SERIES_NUMBER = 0x00200011;
    static final int INSTANCE_NUMBER = 0x00200013;
    static final int IMAGE_POSITION_PATIENT = 0x00200032;
    static final int IMAGE_ORIENTATION_PATIENT = 0x00200037;
    static final int FRAME_OF_REFERENCE_UID = 0x00200052;
    static final int SAMPLES_PER_PIXEL = 0x00280002;
    static final int PHOTOMETRIC_INTERPRETATION = 0x00280004;
    static final int PLANAR_CONFIGURATION = 0x00280006;
    static final int NUMBER_OF_FRAMES = 0x00280008;
    static final int ROWS = 0x00280010;
    static final int COLUMNS = 0x00280011;
    static final int PIXEL_SPACING = 0x00280030;
    static final int BITS_ALLOCATED = 0x00280100;
    static final int BITS_STORED = 0x00280101;
    static final int HIGH_BIT = 0x00280102;
    static final int PIXEL_REPRESENTATION = 0x00280103;
    static final int RESCALE_INTERCEPT = 0x00281052;
    static final int RESCALE_SLOPE = 0x00281053;
    static final int PIXEL_MEASURES_SEQUENCE = 0x00289110;
    static final int PIXEL_VALUE_TRANSFORMATION_SEQUENCE = 0x00289145;
    static final int PLANE_POSITION_SEQUENCE = 0x00209113;
    static final int PLANE_ORIENTATION_SEQUENCE = 0x00209116;
    static final int FRAME_CONTENT_SEQUENCE = 0x00209111;
    static final int DIMENSION_INDEX_VALUES = 0x00209157;
    static final int SHARED_FUNCTIONAL_GROUPS_SEQUENCE = 0x52009229;
    static final int PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE = 0x52009230;
    static final int DERIVATION_IMAGE_SEQUENCE = 0x00089124;
    static final int SOURCE_IMAGE_SEQUENCE = 0x00082112;
    static final int REFERENCED_SERIES_SEQUENCE = 0x00081115;
    static final int SEGMENTATION_TYPE = 0x00620001;
    static final int SEGMENT_SEQUENCE = 0x00620002;
    static final int SEGMENT_NUMBER = 0x00620004;
    static final int SEGMENT_LABEL = 0x00620005;
    static final int SEGMENT_IDENTIFICATION_SEQUENCE = 0x0062000A;
    static final int REFERENCED_SEGMENT_NUMBER = 0x0062000B;
    static final int MAXIMUM_FRACTIONAL_VALUE = 0x0062000E;
    static final int SEGMENTATION_FRACTIONAL_TYPE = 0x00620010;
    static final int REFERENCED_FRAME_OF_REFERENCE_SEQUENCE = 0x30060010;
    static final int RT_REFERENCED_STUDY_SEQUENCE = 0x30060012;
    static final int RT_REFERENCED_SERIES_SEQUENCE = 0x30060014;
    static final int CONTOUR_IMAGE_SEQUENCE = 0x30060016;
    static final int STRUCTURE_SET_ROI_SEQUENCE = 0x30060020;
    static final int ROI_NUMBER = 0x30060022;
    static final int REFERENCED_FRAME_OF_REFERENCE_UID = 0x30060024;
    static final int ROI_NAME = 0x30060026;
    static final int ROI_CONTOUR_SEQUENCE = 0x30060039;
    static final int CONTOUR_SEQUENCE = 0x30060040;
    static final int CONTOUR_GEOMETRIC_TYPE = 0x30060042;
    static final int NUMBER_OF_CONTOUR_POINTS = 0x30060046;
    static final int CONTOUR_DATA = 0x30060050;
    static final int REFERENCED_ROI_NUMBER = 0x30060084;
    static final int RT_ROI_OBSERVATIONS_SEQUENCE = 0x30060080;
    static final int PIXEL_DATA = 0x7FE00010;
    static final int ITEM = 0xFFFEE000;
    static final int ITEM_DELIMITATION = 0xFFFEE00D;
    static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    private record Entry(String keyword, String vr) {
    }

    private static final Map<Integer, Entry> DICT = new HashMap<>();

    static {
        put(0x00020000, "FileMetaInformationGroupLength", "UL");
        put(0x00020001, "FileMetaInformationVersion", "OB");
        put(0x00020002, "MediaStorageSOPClassUID", "UI");
        put(0x00020003, "MediaStorageSOPInstanceUID", "UI");
        put(TRANSFER_SYNTAX_UID, "TransferSyntaxUID", "UI");
        put(SPECIFIC_CHARACTER_SET, "SpecificCharacterSet", "CS");
        put(SOP_CLASS_UID, "SOPClassUID", "UI");
        put(SOP_INSTANCE_UID, "SOPInstanceUID", "UI");
        put(MODALITY, "Modality", "CS");
        put(REFERENCED_SOP_CLASS_UID, "ReferencedSOPClassUID", "UI");
        put(REFERENCED_SOP_INSTANCE_UID, "ReferencedSOPInstanceUID", "UI");
        put(SLICE_THICKNESS, "SliceThickness", "DS");
        put(SPACING_BETWEEN_SLICES, "SpacingBetweenSlices", "DS");
        put(GANTRY_TILT, "GantryDetectorTilt", "DS");
        put(STUDY_INSTANCE_UID, "StudyInstanceUID", "UI");
        put(SERIES_INSTANCE_UID, "SeriesInstanceUID", "UI");
        put(SERIES_NUMBER, "SeriesNumber", "IS");
        put(INSTANCE_NUMBER, "InstanceNumber", "IS");
        put(IMAGE_POSITION_PATIENT, "ImagePositionPatient", "DS");
        put(IMAGE_ORIENTATION_PATIENT, "ImageOrientationPatient", "DS");
        put(FRAME_OF_REFERENCE_UID, "FrameOfReferenceUID", "UI");
        put(SAMPLES_PER_PIXEL, "SamplesPerPixel", "US");
        put(PHOTOMETRIC_INTERPRETATION, "PhotometricInterpretation", "CS");
        put(PLANAR_CONFIGURATION, "PlanarConfiguration", "US");
        put(NUMBER_OF_FRAMES, "NumberOfFrames", "IS");
        put(ROWS, "Rows", "US");
        put(COLUMNS, "Columns", "US");
        put(PIXEL_SPACING, "PixelSpacing", "DS");
        put(BITS_ALLOCATED, "BitsAllocated", "US");
        put(BITS_STORED, "BitsStored", "US");
        put(HIGH_BIT, "HighBit", "US");
        put(PIXEL_REPRESENTATION, "PixelRepresentation", "US");
        put(RESCALE_INTERCEPT, "RescaleIntercept", "DS");
        put(RESCALE_SLOPE, "RescaleSlope", "DS");
        put(PIXEL_MEASURES_SEQUENCE, "PixelMeasuresSequence", "SQ");
        put(PIXEL_VALUE_TRANSFORMATION_SEQUENCE, "PixelValueTransformationSequence", "SQ");
        put(PLANE_POSITION_SEQUENCE, "PlanePositionSequence", "SQ");
        put(PLANE_ORIENTATION_SEQUENCE, "PlaneOrientationSequence", "SQ");
        put(FRAME_CONTENT_SEQUENCE, "FrameContentSequence", "SQ");
        put(DIMENSION_INDEX_VALUES, "DimensionIndexValues", "UL");
        put(SHARED_FUNCTIONAL_GROUPS_SEQUENCE, "SharedFunctionalGroupsSequence", "SQ");
        put(PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE, "PerFrameFunctionalGroupsSequence", "SQ");
        put(DERIVATION_IMAGE_SEQUENCE, "DerivationImageSequence", "SQ");
        put(SOURCE_IMAGE_SEQUENCE, "SourceImageSequence", "SQ");
        put(REFERENCED_SERIES_SEQUENCE, "ReferencedSeriesSequence", "SQ");
        put(0x00081140, "ReferencedImageSequence", "SQ");
        put(0x00089215, "DerivationCodeSequence", "SQ");
        put(0x00082218, "AnatomicRegionSequence", "SQ");
        put(0x00620003, "SegmentedPropertyCategoryCodeSequence", "SQ");
        put(0x0062000F, "SegmentedPropertyTypeCodeSequence", "SQ");
        put(0x00209221, "DimensionOrganizationSequence", "SQ");
        put(0x00209222, "DimensionIndexSequence", "SQ");
        put(0x00400260, "PerformedProtocolCodeSequence", "SQ");
        put(SEGMENTATION_TYPE, "SegmentationType", "CS");
        put(SEGMENT_SEQUENCE, "SegmentSequence", "SQ");
        put(SEGMENT_NUMBER, "SegmentNumber", "US");
        put(SEGMENT_LABEL, "SegmentLabel", "LO");
        put(SEGMENT_IDENTIFICATION_SEQUENCE, "SegmentIdentificationSequence", "SQ");
        put(REFERENCED_SEGMENT_NUMBER, "ReferencedSegmentNumber", "US");
        put(MAXIMUM_FRACTIONAL_VALUE, "MaximumFractionalValue", "US");
        put(SEGMENTATION_FRACTIONAL_TYPE, "SegmentationFractionalType", "CS");
        put(REFERENCED_FRAME_OF_REFERENCE_SEQUENCE, "ReferencedFrameOfReferenceSequence", "SQ");
        put(RT_REFERENCED_STUDY_SEQUENCE, "RTReferencedStudySequence", "SQ");
        put(RT_REFERENCED_SERIES_SEQUENCE, "RTReferencedSeriesSequence", "SQ");
        put(CONTOUR_IMAGE_SEQUENCE, "ContourImageSequence", "SQ");
        put(STRUCTURE_SET_ROI_SEQUENCE, "StructureSetROISequence", "SQ");
        put(ROI_NUMBER, "ROINumber", "IS");
        put(REFERENCED_FRAME_OF_REFERENCE_UID, "ReferencedFrameOfReferenceUID", "UI");
        put(ROI_NAME, "ROIName", "LO");
        put(0x3006002A, "ROIDisplayColor", "IS");
        put(ROI_CONTOUR_SEQUENCE, "ROIContourSequence", "SQ");
        put(CONTOUR_SEQUENCE, "ContourSequence", "SQ");
        put(CONTOUR_GEOMETRIC_TYPE, "ContourGeometricType", "CS");
        put(NUMBER_OF_CONTOUR_POINTS, "NumberOfContourPoints", "IS");
        put(CONTOUR_DATA, "ContourData", "DS");
        put(REFERENCED_ROI_NUMBER, "ReferencedROINumber", "IS");
        put(RT_ROI_OBSERVATIONS_SEQUENCE, "RTROIObservationsSequence", "SQ");
        put(0x300600B0, "ROIPhysicalPropertiesSequence", "SQ");
        put(0x30060036, "ROIGenerationAlgorithm", "CS");
        put(0x00081032, "ProcedureCodeSequence", "SQ");
        put(0x00081110, "ReferencedStudySequence", "SQ");
        put(0x00081111, "ReferencedPerformedProcedureStepSequence", "SQ");
        put(0x00082112, "SourceImageSequence", "SQ");
        put(0x00400275, "RequestAttributesSequence", "SQ");
        put(0x00181030, "ProtocolName", "LO");
        put(PIXEL_DATA, "PixelData", "OW");
    }

    private static void put(int tag, String keyword, String vr) {
        DICT.put(tag, new Entry(keyword, vr));
    }

    private Tags() {
    }

    /** The VR PS3.6 gives {@code tag}, or {@code "UN"} when not in this small dictionary. */
    static String vr(int tag) {
        if ((tag & 0xFFFF) == 0) {
            return "UL"; // group length
        }
        Entry e = DICT.get(tag);
        return e == null ? "UN" : e.vr();
    }

    /** "(gggg,eeee) Keyword", for error messages. */
    static String name(int tag) {
        Entry e = DICT.get(tag);
        String hex = String.format(Locale.ROOT, "(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
        return e == null ? hex : hex + " " + e.keyword();
    }
}
