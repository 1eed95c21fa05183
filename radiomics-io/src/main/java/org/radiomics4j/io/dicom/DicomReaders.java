package org.radiomics4j.io.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry points for DICOM images: list the image series of a folder, and read one into a {@link Volume} (LPS
 * geometry, modality-LUT values, see {@link DicomSeries}).
 *
 * <pre>{@code
 * Volume ct = DicomReaders.readVolume(Path.of("patient1/ct"));          // the folder's only series
 * Volume ct2 = DicomReaders.readVolume(Path.of("patient1"), "1.2.3.4"); // one series of several
 * Mask gtv = RtStruct.read(Path.of("rs.dcm")).mask("GTV-1", ct.geometry());
 * }</pre>
 */
public final class DicomReaders {
    private static final Logger LOG = LoggerFactory.getLogger(DicomReaders.class);

    private DicomReaders() {
    }

    /**
     * The image series of a folder (its files, not sub-folders), or of the folder holding {@code folderOrFile}.
     * Files that are not DICOM (no {@code DICM} prefix) are skipped; DICOM files without pixel data (RTSTRUCT, SR,
     * ...) are not image series and are skipped too.
     *
     * @throws ImageFormatException if a DICOM file is corrupt, or the folder holds no image
     */
    public static List<DicomSeries> listSeries(Path folderOrFile) {
        Path folder = Files.isDirectory(folderOrFile) ? folderOrFile : folderOrFile.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ImageFormatException(folderOrFile, "file", "no such file or folder");
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(folder)) {
            paths = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ImageFormatException(folder, "folder", "cannot list: " + e.getMessage(), e);
        }
        Map<String, List<Path>> bySeries = new LinkedHashMap<>();
        Map<String, String> modality = new LinkedHashMap<>();
        for (Path p : paths) {
            if (!looksLikeDicom(p)) {
                LOG.debug("skipping {}: not a DICOM file", p);
                continue;
            }
            DicomFile h = DicomFile.read(p, false);
            DicomDataset d = h.dataset();
            if (!d.contains(Tags.ROWS) || !d.contains(Tags.IMAGE_POSITION_PATIENT)
                    && !d.contains(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE)) {
                LOG.debug("skipping {}: no image plane", p);
                continue;
            }
            String sop = d.string(Tags.SOP_CLASS_UID).orElse("");
            if (sop.equals(DicomSeg.SOP_CLASS_UID)) {
                continue;
            }
            String uid = d.string(Tags.SERIES_INSTANCE_UID).orElse("");
            bySeries.computeIfAbsent(uid, k -> new ArrayList<>()).add(p);
            modality.putIfAbsent(uid, d.string(Tags.MODALITY).orElse(""));
        }
        if (bySeries.isEmpty()) {
            throw new ImageFormatException(folder, "folder", "holds no DICOM image (" + paths.size() + " files"
                    + " examined)");
        }
        List<DicomSeries> out = new ArrayList<>();
        bySeries.forEach((uid, files) -> out.add(new DicomSeries(uid, modality.get(uid), files)));
        return out;
    }

    /**
     * Reads the image series of a folder; when given a file, reads the series that file belongs to (an enhanced
     * multi-frame file alone is a whole series).
     *
     * @throws ImageFormatException if a folder holds several series (the message lists their UIDs, modalities and
     *     file counts; choose one with {@link #readVolume(Path, String)}) or the series is not a regular grid
     */
    public static Volume readVolume(Path folderOrFile) {
        if (Files.isRegularFile(folderOrFile)) {
            DicomFile h = DicomFile.read(folderOrFile, false);
            String uid = h.dataset().string(Tags.SERIES_INSTANCE_UID).orElse("");
            String sop = h.dataset().string(Tags.SOP_CLASS_UID).orElse("");
            if (sop.equals(RtStruct.SOP_CLASS_UID)) {
                throw new ImageFormatException(folderOrFile, Tags.name(Tags.SOP_CLASS_UID), "an RT Structure Set is"
                        + " not an image; rasterise a ROI with DicomReaders.readMask(file, name, imageGrid); ROIs: "
                        + RtStruct.read(folderOrFile).roiNames());
            }
            if (sop.equals(DicomSeg.SOP_CLASS_UID)) {
                throw new ImageFormatException(folderOrFile, Tags.name(Tags.SOP_CLASS_UID), "a DICOM SEG is not an"
                        + " image; read a segment with DicomReaders.readMask(file, name, imageGrid); segments: "
                        + DicomSeg.read(folderOrFile).segmentLabels());
            }
            if (h.dataset().contains(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE)) {
                return new DicomSeries(uid, h.dataset().string(Tags.MODALITY).orElse(""), List.of(folderOrFile))
                        .read();
            }
            return readVolume(folderOrFile, uid);
        }
        List<DicomSeries> all = listSeries(folderOrFile);
        if (all.size() > 1) {
            throw new ImageFormatException(folderOrFile, "SeriesInstanceUID", "the folder holds " + all.size()
                    + " image series; choose one: " + describe(all));
        }
        return all.get(0).read();
    }

    /**
     * Reads one file alone as a volume: a single-frame image gives one slice (slice spacing from Slice Thickness,
     * else 1 mm), a multi-frame image all its frames.
     *
     * @throws ImageFormatException if the file is not a readable image
     */
    public static Volume readFile(Path file) {
        DicomFile h = DicomFile.read(file, false);
        return new DicomSeries(h.dataset().string(Tags.SERIES_INSTANCE_UID).orElse(""),
                h.dataset().string(Tags.MODALITY).orElse(""), List.of(file)).read();
    }

    /**
     * Reads the series with UID {@code seriesUid} from a folder (or from the folder holding a file).
     *
     * @throws ImageFormatException if no series has that UID (the message lists those present)
     */
    public static Volume readVolume(Path folderOrFile, String seriesUid) {
        return series(folderOrFile, seriesUid).read();
    }

    /** The series with UID {@code seriesUid} of a folder (or of the folder holding a file). */
    public static DicomSeries series(Path folderOrFile, String seriesUid) {
        List<DicomSeries> all = listSeries(folderOrFile);
        for (DicomSeries s : all) {
            if (s.seriesUid().equals(seriesUid)) {
                return s;
            }
        }
        throw new ImageFormatException(folderOrFile, "SeriesInstanceUID", "no image series with UID '" + seriesUid
                + "'; present: " + describe(all));
    }

    private static String describe(List<DicomSeries> all) {
        StringBuilder sb = new StringBuilder();
        for (DicomSeries s : all) {
            sb.append(sb.length() == 0 ? "" : "; ").append(s.seriesUid().isEmpty() ? "(no UID)" : s.seriesUid())
                    .append(" (").append(s.modality().isEmpty() ? "?" : s.modality()).append(", ")
                    .append(s.files().size()).append(" files)");
        }
        return sb.toString();
    }

    /**
     * Reads a named structure from an RTSTRUCT file ({@link RtStruct#mask}) or a named segment from a DICOM SEG
     * file ({@link DicomSeg#mask(String, Geometry)}) onto {@code grid}, choosing by the file's SOP Class UID.
     *
     * @throws ImageFormatException if the file is neither, or the name does not exist (listing the names present)
     */
    public static org.radiomics4j.core.image.Mask readMask(Path file, String name,
            org.radiomics4j.core.image.Geometry grid) {
        DicomFile h = DicomFile.read(file, false);
        String sop = h.dataset().string(Tags.SOP_CLASS_UID).orElse("");
        if (sop.equals(DicomSeg.SOP_CLASS_UID)) {
            return DicomSeg.read(file).mask(name, grid);
        }
        if (sop.equals(RtStruct.SOP_CLASS_UID) || "RTSTRUCT".equals(h.dataset().string(Tags.MODALITY).orElse(""))) {
            return RtStruct.read(file).mask(name, grid);
        }
        throw new ImageFormatException(file, Tags.name(Tags.SOP_CLASS_UID), "value '" + sop + "' is neither RT"
                + " Structure Set Storage (" + RtStruct.SOP_CLASS_UID + ") nor Segmentation Storage ("
                + DicomSeg.SOP_CLASS_UID + ")");
    }

    /** Whether a file starts like DICOM: {@code DICM} at byte 128, or a group 0002/0008 element at byte 0. */
    public static boolean looksLikeDicom(Path p) {
        try (var in = Files.newInputStream(p)) {
            byte[] h = in.readNBytes(132);
            if (h.length == 132 && h[128] == 'D' && h[129] == 'I' && h[130] == 'C' && h[131] == 'M') {
                return true;
            }
            if (h.length >= 8) {
                int g = (h[0] & 0xFF) | (h[1] & 0xFF) << 8;
                int e = (h[2] & 0xFF) | (h[3] & 0xFF) << 8;
                return (g == 0x0002 || g == 0x0008) && e < 0x0100;
            }
            return false;
        } catch (IOException e) {
            throw new ImageFormatException(p, "file", "cannot read: " + e.getMessage(), e);
        }
    }
}
