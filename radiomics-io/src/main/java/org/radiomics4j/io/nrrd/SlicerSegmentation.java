package org.radiomics4j.io.nrrd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.internal.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 3D Slicer segmentation ({@code .seg.nrrd}, the binary-labelmap storage of Slicer's
 * {@code vtkMRMLSegmentationStorageNode}): a set of named segments stored in one or more label layers on one grid.
 *
 * <h2>File layout</h2>
 * A NRRD file (see {@link Nrrd} for everything about encoding and geometry, which is LPS as always) that is either
 * a 3-D labelmap (one layer) or a 4-D array with sizes {@code L nx ny nz} and {@code kinds: list domain domain
 * domain}: the layer axis first (fastest), its space direction {@code none}. Segment metadata are
 * {@code key:=value} pairs: {@code SegmentN_ID}, {@code SegmentN_Name}, {@code SegmentN_LabelValue} (default 1),
 * {@code SegmentN_Layer} (default N), {@code SegmentN_Color}, {@code SegmentN_Extent} ({@code x0 x1 y0 y1 z0 z1},
 * inclusive file indices: voxels outside it do not belong to the segment, as in Slicer), for N = 0, 1, ... while
 * {@code SegmentN_ID} exists. A 3-D labelmap without segment keys is read with one segment per label present,
 * named and identified {@code Label_<value>}.
 *
 * <h2>Use</h2>
 * {@link #mask(String)} gives the binary mask of one segment, {@link #labelMap()} all segments as one label image
 * (each voxel the label value of its segment). Unknown names throw an exception listing the names present.
 *
 * @param geometry the common grid (LPS)
 * @param segments the segments in file order
 * @param layers one label image per layer, each on {@code geometry}
 */
public record SlicerSegmentation(Geometry geometry, List<Segment> segments, List<Mask> layers) {
    private static final Logger LOG = LoggerFactory.getLogger(SlicerSegmentation.class);

    /**
     * One segment.
     *
     * @param id Slicer's segment ID (unique in the file)
     * @param name display name
     * @param labelValue the value that marks the segment's voxels in its layer (&gt; 0)
     * @param layer index of the layer holding it
     */
    public record Segment(String id, String name, int labelValue, int layer) {
        /** Validates the fields. */
        public Segment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if (labelValue <= 0) {
                throw new IllegalArgumentException("labelValue of segment '" + name + "' must be > 0 but was "
                        + labelValue);
            }
            if (layer < 0) {
                throw new IllegalArgumentException("layer of segment '" + name + "' must be >= 0 but was " + layer);
            }
        }
    }

    /**
     * Validates and copies the arguments.
     *
     * @throws IllegalArgumentException if there is no layer, a layer is not on {@code geometry}'s grid size, a
     *     segment refers to a missing layer, or two segments share an ID or a (layer, label value) pair
     */
    public SlicerSegmentation {
        Objects.requireNonNull(geometry, "geometry");
        segments = List.copyOf(segments);
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("layers must not be empty");
        }
        for (int l = 0; l < layers.size(); l++) {
            Geometry g = layers.get(l).geometry();
            if (g.nx() != geometry.nx() || g.ny() != geometry.ny() || g.nz() != geometry.nz()) {
                throw new IllegalArgumentException("layer " + l + " has size " + g.nx() + "x" + g.ny() + "x" + g.nz()
                        + " but the segmentation is " + geometry.nx() + "x" + geometry.ny() + "x" + geometry.nz());
            }
        }
        Set<String> ids = new HashSet<>();
        Set<Long> slots = new HashSet<>();
        for (Segment s : segments) {
            if (s.layer() >= layers.size()) {
                throw new IllegalArgumentException("segment '" + s.name() + "' is in layer " + s.layer() + " but there"
                        + " are only " + layers.size() + " layers");
            }
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("segment ID '" + s.id() + "' appears twice");
            }
            if (!slots.add(((long) s.layer() << 32) | s.labelValue())) {
                throw new IllegalArgumentException("segments share layer " + s.layer() + " and label value "
                        + s.labelValue() + " (segment '" + s.name() + "')");
            }
        }
    }

    /**
     * Reads a {@code .seg.nrrd} (or any 3-D NRRD labelmap).
     *
     * @throws ImageFormatException if the file is not a readable NRRD, the layout is not 3-D or 4-D with the layer
     *     axis first, a segment key is malformed, or a value is not a non-negative integer label
     */
    public static SlicerSegmentation read(Path file) {
        NrrdHeader h = NrrdHeader.read(file);
        int layerCount;
        int[] spatial;
        if (h.dimension == 3) {
            layerCount = 1;
            spatial = new int[] {0, 1, 2};
        } else if (h.dimension == 4) {
            boolean listFirst = (h.kinds != null && !h.kinds[0].equals("domain") && !h.kinds[0].equals("space"))
                    || (h.spaceDirections != null && h.spaceDirections[0] == null);
            if (!listFirst) {
                throw h.error("kinds", "a 4-D segmentation needs the layer axis first (kinds 'list domain domain"
                        + " domain' or space direction 'none' for axis 0) but kinds were "
                        + (h.kinds == null ? "absent" : String.join(" ", h.kinds)));
            }
            if (h.sizes[0] > 1024) {
                throw h.error("sizes", "the layer axis has " + h.sizes[0] + " layers; at most 1024 are supported");
            }
            layerCount = (int) h.sizes[0];
            spatial = new int[] {1, 2, 3};
        } else {
            throw h.error("dimension", "a segmentation must be 3-D or 4-D but dimension was " + h.dimension);
        }
        Geometry g = Nrrd.geometry(h, spatial);
        Object data = Nrrd.readData(h);
        int n = g.voxelCount();
        int[][] labels = new int[layerCount][n];
        for (int i = 0, k = 0; i < n; i++) {
            for (int l = 0; l < layerCount; l++, k++) {
                double v = Samples.get(data, k);
                if (!(v >= 0) || v > Integer.MAX_VALUE) {
                    throw h.error("data", "voxel " + i + " of layer " + l + " has value " + v + "; labels must be"
                            + " non-negative integers");
                }
                labels[l][i] = (int) v;
            }
        }
        data = null;
        List<Segment> segs = new ArrayList<>();
        Map<Segment, int[]> extents = new LinkedHashMap<>();
        for (int s = 0; h.keyValues.containsKey("Segment" + s + "_ID"); s++) {
            String p = "Segment" + s + "_";
            String id = h.keyValues.get(p + "ID");
            String name = h.keyValues.getOrDefault(p + "Name", id);
            int label = intKey(h, p + "LabelValue", 1);
            int layer = intKey(h, p + "Layer", s);
            if (layer >= layerCount) {
                throw h.error(p + "Layer", "is " + layer + " but the file has " + layerCount + " layer(s)");
            }
            if (label <= 0) {
                throw h.error(p + "LabelValue", "must be > 0 but was " + label);
            }
            Segment seg = new Segment(id, name, label, layer);
            segs.add(seg);
            String ext = h.keyValues.get(p + "Extent");
            if (ext != null) {
                extents.put(seg, parseExtent(h, p + "Extent", ext));
            }
        }
        if (segs.isEmpty()) {
            if (layerCount != 1) {
                throw h.error("Segment0_ID", "a 4-D segmentation needs segment metadata (SegmentN_ID keys)");
            }
            TreeSet<Integer> present = new TreeSet<>();
            for (int v : labels[0]) {
                if (v != 0) {
                    present.add(v);
                }
            }
            for (int v : present) {
                segs.add(new Segment("Label_" + v, "Label_" + v, v, 0));
            }
        }
        // voxels of a segment outside its extent do not belong to it (Slicer crops each segment to its extent)
        for (Map.Entry<Segment, int[]> e : extents.entrySet()) {
            int[] x = e.getValue();
            int[] lab = labels[e.getKey().layer()];
            int value = e.getKey().labelValue();
            for (int z = 0, i = 0; z < g.nz(); z++) {
                for (int y = 0; y < g.ny(); y++) {
                    for (int xx = 0; xx < g.nx(); xx++, i++) {
                        if (lab[i] == value && (xx < x[0] || xx > x[1] || y < x[2] || y > x[3] || z < x[4]
                                || z > x[5])) {
                            lab[i] = 0;
                        }
                    }
                }
            }
        }
        List<Mask> masks = new ArrayList<>();
        for (int[] l : labels) {
            masks.add(Mask.of(l, g));
        }
        try {
            SlicerSegmentation result = new SlicerSegmentation(g, segs, masks);
            LOG.debug("read Slicer segmentation {}: {}x{}x{}, {} layer(s), {} segment(s)", file, g.nx(), g.ny(),
                    g.nz(), layerCount, segs.size());
            return result;
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "Segment metadata", e.getMessage(), e);
        }
    }

    private static int intKey(NrrdHeader h, String key, int dflt) {
        String v = h.keyValues.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw h.error(key, "'" + v + "' is not an integer");
        }
    }

    private static int[] parseExtent(NrrdHeader h, String key, String v) {
        String[] t = v.strip().split("\\s+");
        if (t.length != 6) {
            throw h.error(key, "must have 6 integers 'x0 x1 y0 y1 z0 z1' but was '" + v + "'");
        }
        int[] e = new int[6];
        for (int i = 0; i < 6; i++) {
            try {
                e[i] = Integer.parseInt(t[i]);
            } catch (NumberFormatException ex) {
                throw h.error(key, "'" + t[i] + "' in '" + v + "' is not an integer");
            }
        }
        return e;
    }

    /** The names of the segments, in file order. */
    public List<String> names() {
        return segments.stream().map(Segment::name).toList();
    }

    /**
     * The segment called {@code name} (exact match).
     *
     * @throws IllegalArgumentException if no segment or more than one has that name, listing the names present
     */
    public Segment segment(String name) {
        Segment found = null;
        for (Segment s : segments) {
            if (s.name().equals(name)) {
                if (found != null) {
                    throw new IllegalArgumentException("segment name '" + name + "' is ambiguous: IDs '" + found.id()
                            + "' and '" + s.id() + "' share it");
                }
                found = s;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no segment named '" + name + "'; segments present: " + names());
        }
        return found;
    }

    /**
     * The binary mask (1 inside, 0 outside) of the segment called {@code name}.
     *
     * @throws IllegalArgumentException if the name is unknown or ambiguous, listing the names present
     */
    public Mask mask(String name) {
        Segment s = segment(name);
        Mask layer = layers.get(s.layer());
        int n = geometry.voxelCount();
        boolean[] inside = new boolean[n];
        for (int i = 0; i < n; i++) {
            inside[i] = layer.label(i) == s.labelValue();
        }
        return Mask.of(inside, geometry);
    }

    /**
     * All segments as one label image: each voxel holds the label value of the segment covering it, 0 elsewhere.
     * For a single layer this is the layer itself restricted to the segments' labels.
     *
     * @throws RadiomicsException if segments of different layers overlap or share a label value, naming them; use
     *     {@link #mask(String)} then
     */
    public Mask labelMap() {
        int n = geometry.voxelCount();
        int[] out = new int[n];
        Map<Integer, Segment> byLabel = new LinkedHashMap<>();
        for (Segment s : segments) {
            Segment other = byLabel.put(s.labelValue(), s);
            if (other != null) {
                throw new RadiomicsException("segments '" + other.name() + "' (layer " + other.layer() + ") and '"
                        + s.name() + "' (layer " + s.layer() + ") share label value " + s.labelValue()
                        + "; no single label map can hold both, use mask(name)");
            }
        }
        Segment[] owner = new Segment[n];
        for (Segment s : segments) {
            Mask layer = layers.get(s.layer());
            for (int i = 0; i < n; i++) {
                if (layer.label(i) == s.labelValue()) {
                    if (owner[i] != null) {
                        throw new RadiomicsException("segments '" + owner[i].name() + "' and '" + s.name()
                                + "' overlap at voxel " + i + "; no single label map can hold both, use mask(name)");
                    }
                    owner[i] = s;
                    out[i] = s.labelValue();
                }
            }
        }
        return Mask.of(out, geometry);
    }

    /**
     * Writes this segmentation as a {@code .seg.nrrd} Slicer can open: a 3-D labelmap if there is one layer, else
     * a 4-D array with the layer axis first; segment metadata as described in the class javadoc (colour 0.5 grey,
     * extent the whole grid).
     *
     * @throws ImageFormatException if the file cannot be written
     */
    public void write(Path file, NrrdWriteOptions options) {
        Map<String, String> kv = new LinkedHashMap<>(options.keyValues());
        Geometry g = geometry;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String p = "Segment" + i + "_";
            kv.put(p + "Color", "0.5 0.5 0.5");
            kv.put(p + "ColorAutoGenerated", "1");
            kv.put(p + "Extent", "0 " + (g.nx() - 1) + " 0 " + (g.ny() - 1) + " 0 " + (g.nz() - 1));
            kv.put(p + "ID", s.id());
            kv.put(p + "LabelValue", Integer.toString(s.labelValue()));
            kv.put(p + "Layer", Integer.toString(s.layer()));
            kv.put(p + "Name", s.name());
            kv.put(p + "NameAutoGenerated", "0");
            kv.put(p + "Tags", "|");
        }
        kv.put("Segmentation_ContainedRepresentationNames", "Binary labelmap|");
        kv.put("Segmentation_MasterRepresentation", "Binary labelmap");
        kv.put("Segmentation_ReferenceImageExtentOffset", "0 0 0");
        int max = 0;
        for (Mask m : layers) {
            int[] l = m.labels();
            if (l.length > 0) {
                max = Math.max(max, l[l.length - 1]);
            }
        }
        PixelType type = max <= 255 ? PixelType.UINT8 : max <= 65535 ? PixelType.UINT16 : PixelType.INT32;
        double[][] dirs = new double[3][];
        for (int c = 0; c < 3; c++) {
            dirs[c] = new double[3];
            for (int r = 0; r < 3; r++) {
                dirs[c][r] = g.direction(r, c) * g.spacing(c);
            }
        }
        int nl = layers.size();
        NrrdWriteOptions o = options.withKeyValues(kv);
        if (nl == 1) {
            Mask m = layers.get(0);
            Nrrd.writeFile(file, o, type, new long[] {g.nx(), g.ny(), g.nz()},
                    new String[] {"domain", "domain", "domain"}, dirs, g.origin(), m::label, g.voxelCount());
        } else {
            long count = (long) nl * g.voxelCount();
            if (count > Samples.MAX_VOXELS) {
                throw new ImageFormatException(file, "sizes", nl + " layers of " + g.voxelCount() + " voxels exceed "
                        + Samples.MAX_VOXELS + " samples");
            }
            Mask[] ls = layers.toArray(new Mask[0]);
            Nrrd.writeFile(file, o, type, new long[] {nl, g.nx(), g.ny(), g.nz()},
                    new String[] {"list", "domain", "domain", "domain"},
                    new double[][] {null, dirs[0], dirs[1], dirs[2]}, g.origin(), k -> ls[k % nl].label(k / nl),
                    (int) count);
        }
    }

    /** Segment names, layer count and grid size; never the voxels. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SlicerSegmentation[%dx%dx%d, %d layer(s), segments %s]", geometry.nx(),
                geometry.ny(), geometry.nz(), layers.size(), names());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SlicerSegmentation s) || !geometry.equals(s.geometry) || !segments.equals(s.segments)
                || layers.size() != s.layers.size()) {
            return false;
        }
        for (int l = 0; l < layers.size(); l++) {
            if (!Arrays.equals(layers.get(l).toIntArray(), s.layers.get(l).toIntArray())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(geometry, segments, layers.size());
    }
}
