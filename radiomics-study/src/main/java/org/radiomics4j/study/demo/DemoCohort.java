package org.radiomics4j.study.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageWriters;

/**
 * A seeded synthetic cohort shaped like the published study (metastatic neuroendocrine tumours before Everolimus):
 * per patient clinical data, a late arterial and a portal venous CT volume, and a whole-liver segmentation by two
 * readers. Everything derives from the seed: the same seed gives the same files on every JVM.
 *
 * <h2>Generative model</h2>
 * Randomness comes from a SplitMix64 stream keyed by (seed, patient, purpose), so patients are independent of each
 * other and of the patient count. With {@code n} patients:
 * <ul>
 *   <li><b>Outcome.</b> Exactly {@code round(0.6·n)} responders (15 of 25) and the rest non-responders, assigned
 *       to patients by a seeded shuffle. Responders: PFS = 11.5 + Exp(mean 14) months, capped at 60; 70 % of
 *       them progressed (event 1), the others are censored. Non-responders: PFS uniform in [2, 11] months, all
 *       progressed. So the study's rule "PFS &gt; 11 months = responder" recovers the outcome exactly.</li>
 *   <li><b>Death.</b> Exactly {@code round(0.4·n)} deaths (10 of 25): {@code round(0.6·n_nonresponders)} among
 *       the non-responders (6 of 10), the rest among the responders (4 of 15), chosen by a seeded shuffle. OS = PFS
 *       + Exp(mean 10) months for those who died, PFS + Exp(mean 20) months (censored) for the others.</li>
 *   <li><b>Clinical variables, independent of the outcome</b> (so Table 1 should show no real difference): age =
 *       round(N(60, 10)) clamped to [30, 85]; sex M/F with probability 1/2; primary site pancreas 40 %, ileum
 *       40 %, other 20 %; grade G1 40 %, G2 60 %; Ki67 an integer uniform in [1, 20] %.</li>
 *   <li><b>Anatomy.</b> {@link SyntheticCt} with the patient's own seed, no lesions, grid {@code size} at
 *       {@code spacing} (default 64×64×32 at 1.5 mm) and a liver of {@code roiVoxels·U(0.85, 1.15)} voxels. The same
 *       anatomy (and the same masks) serves both phases, as after registration.</li>
 *   <li><b>Phase enhancement.</b> Inside reader 1's liver, +20 HU (late arterial) or +50 HU (portal venous) on top
 *       of SyntheticCt's 60 HU parenchyma, plus independent white noise per phase (uniform, SD 6 HU).</li>
 *   <li><b>Texture depends on the outcome (the planted signal).</b> Each patient has a heterogeneity amplitude
 *       {@code h}: responders {@code h ~ N(23.5, 5)} HU, non-responders {@code h ~ N(16, 5)} HU (clamped to ≥ 3).
 *       Inside the liver, {@code h · v(x)} is added, where {@code v} is value noise on a 3-voxel lattice
 *       (trilinear interpolation of uniform lattice values with unit variance), independent per phase. So
 *       responders' livers are coarser and more heterogeneous: their first-order spread (variance, range, entropy
 *       with binWidth 25) and texture heterogeneity (e.g. GLCM contrast, GLSZM/GLRLM non-uniformity) are higher,
 *       while shape features carry no planted signal. The per-patient {@code h} is written to {@code truth.csv}.</li>
 *   <li><b>Second reader.</b> Reader 2's mask is reader 1's changed by one voxel at part of the surface: a smooth
 *       random field {@code s} (value noise on a 6-voxel lattice, uniform in [−1, 1]) decides, per boundary voxel,
 *       dilation (background 6-neighbours of mask voxels where {@code s > 0.1} are added) or erosion (mask voxels
 *       with a background 6-neighbour where {@code s < −0.1} are removed). The Dice coefficient between readers is
 *       typically 0.91–0.95 for the default size; it is written to {@code truth.csv}.</li>
 * </ul>
 *
 * <h2>Files ({@link #write(Path)})</h2>
 * {@code images/<id>_arterial.nrrd}, {@code images/<id>_portal.nrrd} (int16 HU), {@code masks/<id>_reader1.nrrd},
 * {@code masks/<id>_reader2.nrrd}, {@code cases.csv} (the study's cases file, see
 * {@link org.radiomics4j.study.StudyConfig}), {@code params.yaml} (PyRadiomics parameters: binWidth 25,
 * default features), {@code study.yaml} (the study configuration) and {@code truth.csv} (planted h, Dice,
 * responder flag).
 *
 * <p>Immutable and thread-safe.
 */
public final class DemoCohort {
    /** Phase names used in file and column names. */
    public static final List<String> PHASES = List.of("arterial", "portal");
    /** Reader names used in file and column names. */
    public static final List<String> READERS = List.of("reader1", "reader2");

    private static final double ARTERIAL_ENHANCEMENT = 20;
    private static final double PORTAL_ENHANCEMENT = 50;
    private static final double PHASE_NOISE_SD = 6;
    private static final double RESPONDER_H = 23.5;
    private static final double NON_RESPONDER_H = 16;
    private static final double H_SD = 5;
    private static final double READER_THRESHOLD = 0.1;

    private final int patients;
    private final long seed;
    private final int nx;
    private final int ny;
    private final int nz;
    private final double spacing;
    private final int roiVoxels;

    /**
     * One patient's clinical data and the planted truth.
     *
     * @param id            patient id (P001, ...)
     * @param index         0-based index
     * @param responder     planted outcome (PFS &gt; 11 months)
     * @param age           years
     * @param sex           "M" or "F"
     * @param primarySite   "pancreas", "ileum" or "other"
     * @param grade         "G1" or "G2"
     * @param ki67          Ki67 index in %
     * @param pfsMonths     progression-free survival, months
     * @param progression   1 = progressed, 0 = censored
     * @param osMonths      overall survival, months
     * @param death         1 = died, 0 = censored
     * @param heterogeneity the planted texture amplitude h (HU)
     */
    public record Patient(String id, int index, boolean responder, int age, String sex, String primarySite,
            String grade, int ki67, double pfsMonths, int progression, double osMonths, int death,
            double heterogeneity) {
    }

    /**
     * The images of one patient.
     *
     * @param arterial late arterial volume (int16 HU)
     * @param portal   portal venous volume (int16 HU)
     * @param reader1  reader 1's liver mask (label 1)
     * @param reader2  reader 2's liver mask (label 1)
     * @param dice     Dice coefficient between the readers' masks
     */
    public record Images(Volume arterial, Volume portal, Mask reader1, Mask reader2, double dice) {
    }

    /**
     * What {@link #write(Path)} produced.
     *
     * @param folder     the folder
     * @param casesCsv   the cases file
     * @param paramsYaml the PyRadiomics parameter file
     * @param studyYaml  the study configuration
     * @param truthCsv   the planted truth per patient
     * @param patients   the patients
     */
    public record Written(Path folder, Path casesCsv, Path paramsYaml, Path studyYaml, Path truthCsv,
            List<Patient> patients) {
        public Written {
            patients = List.copyOf(patients);
        }
    }

    private DemoCohort(Builder b) {
        this.patients = b.patients;
        this.seed = b.seed;
        this.nx = b.nx;
        this.ny = b.ny;
        this.nz = b.nz;
        this.spacing = b.spacing;
        this.roiVoxels = b.roiVoxels;
    }

    /** A builder with the defaults: 25 patients, seed 1, 64×64×32 voxels at 1.5 mm, liver ≈ 12 000 voxels. */
    public static Builder builder() {
        return new Builder();
    }

    /** The demo cohort with the defaults and this seed. */
    public static DemoCohort withSeed(long seed) {
        return builder().seed(seed).build();
    }

    public int patientCount() {
        return patients;
    }

    public long seed() {
        return seed;
    }

    /** Number of responders: round(0.6·n). */
    public int responderCount() {
        return (int) Math.round(0.6 * patients);
    }

    /** The patients' clinical data, in id order. */
    public List<Patient> patients() {
        int n = patients;
        int[] order = shuffle(n, stream(-1, 1));
        boolean[] responder = new boolean[n];
        for (int k = 0; k < responderCount(); k++) {
            responder[order[k]] = true;
        }
        // deaths: round(0.4 n) in total, round(0.6 n_non) among non-responders
        int deaths = (int) Math.round(0.4 * n);
        int nonResponders = n - responderCount();
        int deathsNon = Math.min(nonResponders, Math.min(deaths, (int) Math.round(0.6 * nonResponders)));
        int deathsResp = Math.min(responderCount(), deaths - deathsNon);
        boolean[] died = new boolean[n];
        int[] order2 = shuffle(n, stream(-1, 2));
        int dn = 0;
        int dr = 0;
        for (int i : order2) {
            if (!responder[i] && dn < deathsNon) {
                died[i] = true;
                dn++;
            } else if (responder[i] && dr < deathsResp) {
                died[i] = true;
                dr++;
            }
        }
        List<Patient> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Rng r = stream(i, 3);
            int age = (int) Math.max(30, Math.min(85, Math.round(60 + 10 * r.gaussian())));
            String sex = r.uniform() < 0.5 ? "M" : "F";
            double u = r.uniform();
            String site = u < 0.4 ? "pancreas" : u < 0.8 ? "ileum" : "other";
            String grade = r.uniform() < 0.4 ? "G1" : "G2";
            int ki67 = 1 + (int) Math.floor(r.uniform() * 20);
            double pfs;
            int progression;
            if (responder[i]) {
                pfs = Math.min(60, 11.5 + r.exponential(14));
                progression = r.uniform() < 0.7 ? 1 : 0;
            } else {
                pfs = 2 + 9 * r.uniform();
                progression = 1;
                r.uniform();
            }
            double os = pfs + (died[i] ? r.exponential(10) : r.exponential(20));
            double h = Math.max(3, (responder[i] ? RESPONDER_H : NON_RESPONDER_H) + H_SD * r.gaussian());
            out.add(new Patient(id(i), i, responder[i], age, sex, site, grade, ki67, round1(pfs), progression,
                    round1(os), died[i] ? 1 : 0, h));
        }
        return out;
    }

    /** The patient id of index i: P001, P002, ... */
    public static String id(int i) {
        return String.format(Locale.ROOT, "P%03d", i + 1);
    }

    /** Draws one patient's volumes and masks (see the class javadoc). */
    public Images images(Patient p) {
        Rng r = stream(p.index(), 4);
        int roi = (int) Math.round(roiVoxels * (0.85 + 0.3 * r.uniform()));
        SyntheticCt.Case base = SyntheticCt.builder().size(nx, ny, nz).spacing(spacing, spacing, spacing)
                .roiVoxels(roi).lesions(0).seed(mix(seed, p.index(), 5)).build().generate();
        Mask m1 = base.mask();
        Volume arterial = phase(base.image(), m1, p, ARTERIAL_ENHANCEMENT, 6);
        Volume portal = phase(base.image(), m1, p, PORTAL_ENHANCEMENT, 7);
        Mask m2 = secondReader(m1, p.index());
        return new Images(arterial, portal, m1, m2, dice(m1, m2));
    }

    private Volume phase(Volume base, Mask liver, Patient p, double enhancement, int purpose) {
        double[] v = base.toDoubleArray();
        ValueNoise texture = new ValueNoise(mix(seed, p.index(), purpose), 3, Math.sqrt(3));
        Rng white = stream(p.index(), purpose + 100);
        double whiteScale = PHASE_NOISE_SD * Math.sqrt(12);
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    if (liver.inside(i)) {
                        v[i] += enhancement + p.heterogeneity() * texture.at(x, y, z)
                                + whiteScale * (white.uniform() - 0.5);
                    }
                }
            }
        }
        return Volume.ofCast(roundAll(v), base.geometry(), PixelType.INT16);
    }

    private static double[] roundAll(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(-1024, Math.min(3071, Math.rint(v[i])));
        }
        return v;
    }

    private Mask secondReader(Mask m1, int patient) {
        ValueNoise s = new ValueNoise(mix(seed, patient, 8), 6, 1);
        boolean[] in = new boolean[m1.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = m1.inside(i);
        }
        boolean[] out = in.clone();
        int sxy = nx * ny;
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    double f = s.at(x, y, z);
                    if (f > READER_THRESHOLD && !in[i] && hasNeighbour(in, x, y, z, sxy, true)) {
                        out[i] = true;
                    } else if (f < -READER_THRESHOLD && in[i] && hasNeighbour(in, x, y, z, sxy, false)) {
                        out[i] = false;
                    }
                }
            }
        }
        return Mask.of(out, m1.geometry());
    }

    /** Whether a 6-neighbour inside the grid has {@code in == value}. */
    private boolean hasNeighbour(boolean[] in, int x, int y, int z, int sxy, boolean value) {
        int i = x + nx * y + sxy * z;
        return (x > 0 && in[i - 1] == value) || (x < nx - 1 && in[i + 1] == value)
                || (y > 0 && in[i - nx] == value) || (y < ny - 1 && in[i + nx] == value)
                || (z > 0 && in[i - sxy] == value) || (z < nz - 1 && in[i + sxy] == value);
    }

    /** Dice = 2|A∩B| / (|A| + |B|) of the label-1 voxels; 1 when both are empty. */
    public static double dice(Mask a, Mask b) {
        int both = 0;
        int na = 0;
        int nb = 0;
        for (int i = 0; i < a.size(); i++) {
            boolean ia = a.inside(i);
            boolean ib = b.inside(i);
            na += ia ? 1 : 0;
            nb += ib ? 1 : 0;
            both += ia && ib ? 1 : 0;
        }
        return na + nb == 0 ? 1 : 2.0 * both / (na + nb);
    }

    /**
     * Writes the cohort into {@code folder} (created if needed; existing files of the same names are replaced).
     *
     * @throws UncheckedIOException if a file cannot be written, naming it
     */
    public Written write(Path folder) {
        Objects.requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder.resolve("images"));
            Files.createDirectories(folder.resolve("masks"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder " + folder, e);
        }
        List<Patient> ps = patients();
        StringBuilder cases = new StringBuilder("patient_id,image_arterial,image_portal,mask_reader1_arterial,"
                + "mask_reader1_portal,mask_reader2_arterial,mask_reader2_portal,age,sex,primary_site,grade,ki67,"
                + "pfs_months,progression,os_months,death\n");
        StringBuilder truth = new StringBuilder("patient_id,responder,heterogeneity_hu,dice_reader2\n");
        for (Patient p : ps) {
            Images im = images(p);
            String art = "images/" + p.id() + "_arterial.nrrd";
            String por = "images/" + p.id() + "_portal.nrrd";
            String r1 = "masks/" + p.id() + "_reader1.nrrd";
            String r2 = "masks/" + p.id() + "_reader2.nrrd";
            ImageWriters.writeVolume(im.arterial(), folder.resolve(art));
            ImageWriters.writeVolume(im.portal(), folder.resolve(por));
            ImageWriters.writeMask(im.reader1(), folder.resolve(r1));
            ImageWriters.writeMask(im.reader2(), folder.resolve(r2));
            cases.append(String.join(",", p.id(), art, por, r1, r1, r2, r2, Integer.toString(p.age()), p.sex(),
                    p.primarySite(), p.grade(), Integer.toString(p.ki67()), num(p.pfsMonths()),
                    Integer.toString(p.progression()), num(p.osMonths()), Integer.toString(p.death()))).append('\n');
            truth.append(String.join(",", p.id(), p.responder() ? "1" : "0", num(p.heterogeneity()),
                    num(im.dice()))).append('\n');
        }
        Path casesCsv = folder.resolve("cases.csv");
        Path params = folder.resolve("params.yaml");
        Path study = folder.resolve("study.yaml");
        Path truthCsv = folder.resolve("truth.csv");
        writeText(casesCsv, cases.toString());
        writeText(truthCsv, truth.toString());
        writeText(params, PARAMS_YAML);
        writeText(study, STUDY_YAML);
        return new Written(folder, casesCsv, params, study, truthCsv, ps);
    }

    /** The PyRadiomics parameter file written by {@link #write}: binWidth 25, original image, default classes. */
    public static final String PARAMS_YAML = """
            # PyRadiomics parameters of the demo study (the study's settings: defaults with binWidth 25)
            setting:
              binWidth: 25
              label: 1
            imageType:
              Original: {}
            featureClass:
              shape:
              firstorder:
              glcm:
              glrlm:
              glszm:
              gldm:
              ngtdm:
            """;

    /** The study configuration written by {@link #write}. */
    public static final String STUDY_YAML = """
            # Demo study: responders (PFS > 11 months) vs non-responders, both phases, two readers.
            # Format: docs/study-config.md
            cases: cases.csv
            idColumn: patient_id
            phases: [arterial, portal]
            readers: [reader1, reader2]
            parameters: params.yaml
            grouping:
              column: pfs_months
              operator: ">"
              threshold: 11
              positiveLabel: Responders
              negativeLabel: Non-responders
            survival:
              - name: PFS
                time: pfs_months
                event: progression
              - name: OS
                time: os_months
                event: death
            survivalTimeUnit: months
            logisticOutcome: death
            logistic:
              scale: sd                  # odds ratios per standard deviation (or iqr, unit)
              bootstrapResamples: 200    # Harrell's optimism-corrected AUC of the final model
              bootstrapSeed: 1
            clinical:
              - {name: age, kind: continuous}
              - {name: sex, kind: categorical, levels: [F, M]}
              - {name: primary_site, kind: categorical, levels: [pancreas, ileum, other]}
              - {name: grade, kind: ordinal, levels: [G1, G2]}
              - {name: ki67, kind: continuous}
            alpha: 0.05
            correction: bonferroni
            synthetic:
              positive: 87
              negative: 90
              seed: 1
              standardize: true          # neighbours on z-scored features (false = raw)
            # icc: {minimum: 0.75}       # keep only reliable features for the group tests (the paper's threshold)
            output: results
            threads: 2
            """;

    private static void writeText(Path p, String s) {
        try {
            Files.writeString(p, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static int[] shuffle(int n, Rng r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = (int) Math.floor(r.uniform() * (i + 1));
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private Rng stream(int patient, int purpose) {
        return new Rng(mix(seed, patient, purpose));
    }

    private static long mix(long seed, long a, long b) {
        return splitmix(splitmix(splitmix(seed) ^ a) ^ (b * 0x9E3779B97F4A7C15L));
    }

    static long splitmix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A SplitMix64 stream (sequential; one per purpose). */
    private static final class Rng {
        private long state;

        Rng(long seed) {
            state = seed;
        }

        double uniform() {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            return (z >>> 11) * 0x1.0p-53;
        }

        /** Standard normal by Box–Muller (StrictMath, so platform-independent). */
        double gaussian() {
            double u1 = 1 - uniform();
            double u2 = uniform();
            return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
        }

        double exponential(double mean) {
            return -mean * StrictMath.log(1 - uniform());
        }
    }

    /** Value noise: uniform lattice values in [−a, a] every {@code cell} voxels, trilinearly interpolated. */
    private static final class ValueNoise {
        private final long key;
        private final int cell;
        private final double amplitude;

        ValueNoise(long key, int cell, double amplitude) {
            this.key = key;
            this.cell = cell;
            this.amplitude = amplitude;
        }

        private double node(long x, long y, long z) {
            long h = splitmix(key ^ splitmix(x * 73856093L ^ splitmix(y * 19349663L ^ splitmix(z * 83492791L))));
            return amplitude * (2 * ((h >>> 11) * 0x1.0p-53) - 1);
        }

        double at(int x, int y, int z) {
            int x0 = Math.floorDiv(x, cell);
            int y0 = Math.floorDiv(y, cell);
            int z0 = Math.floorDiv(z, cell);
            double tx = (x - x0 * (double) cell) / cell;
            double ty = (y - y0 * (double) cell) / cell;
            double tz = (z - z0 * (double) cell) / cell;
            double c00 = lerp(node(x0, y0, z0), node(x0 + 1, y0, z0), tx);
            double c10 = lerp(node(x0, y0 + 1, z0), node(x0 + 1, y0 + 1, z0), tx);
            double c01 = lerp(node(x0, y0, z0 + 1), node(x0 + 1, y0, z0 + 1), tx);
            double c11 = lerp(node(x0, y0 + 1, z0 + 1), node(x0 + 1, y0 + 1, z0 + 1), tx);
            return lerp(lerp(c00, c10, ty), lerp(c01, c11, ty), tz);
        }

        private static double lerp(double a, double b, double t) {
            return a + (b - a) * t;
        }
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private int patients = 25;
        private long seed = 1;
        private int nx = 64;
        private int ny = 64;
        private int nz = 32;
        private double spacing = 1.5;
        private int roiVoxels = 12_000;

        private Builder() {
        }

        /** Number of patients (default 25; at least 4 so that each group has 2). */
        public Builder patients(int n) {
            this.patients = n;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Grid size in voxels (default 64×64×32). */
        public Builder size(int x, int y, int z) {
            this.nx = x;
            this.ny = y;
            this.nz = z;
            return this;
        }

        /** Isotropic voxel spacing in mm (default 1.5). */
        public Builder spacing(double s) {
            this.spacing = s;
            return this;
        }

        /** Nominal liver size in voxels (default 12 000; each patient varies by ±15 %). */
        public Builder roiVoxels(int n) {
            this.roiVoxels = n;
            return this;
        }

        /**
         * The cohort.
         *
         * @throws IllegalArgumentException naming the first invalid parameter
         */
        public DemoCohort build() {
            if (patients < 4 || patients > 999) {
                throw new IllegalArgumentException("patients must be in [4, 999] but was " + patients);
            }
            if (nx < 16 || ny < 16 || nz < 8) {
                throw new IllegalArgumentException("size must be at least 16x16x8 but was " + nx + "x" + ny + "x"
                        + nz);
            }
            if (!(spacing > 0) || Double.isInfinite(spacing)) {
                throw new IllegalArgumentException("spacing must be finite and > 0 but was " + spacing);
            }
            if (roiVoxels < 100 || roiVoxels > 0.15 * nx * ny * nz) {
                throw new IllegalArgumentException("roiVoxels must be in [100, 15 % of the grid = "
                        + (int) (0.15 * nx * ny * nz) + "] but was " + roiVoxels);
            }
            return new DemoCohort(this);
        }
    }

    @Override
    public String toString() {
        return "DemoCohort[" + patients + " patients, seed " + seed + ", " + nx + "x" + ny + "x" + nz + " at "
                + spacing + " mm, liver ~" + roiVoxels + " voxels]";
    }

    /** The grid of every volume. */
    public Geometry geometry() {
        return SyntheticCt.builder().size(nx, ny, nz).spacing(spacing, spacing, spacing).build().geometry();
    }
}
