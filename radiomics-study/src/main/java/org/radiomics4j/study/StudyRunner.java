package org.radiomics4j.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.io.ParameterFiles;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.study.StudyCases.StudyCase;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.batch.BatchCase;
import org.radiomics4j.io.batch.BatchCases;
import org.radiomics4j.io.batch.BatchConfig;
import org.radiomics4j.io.batch.BatchExtractor;
import org.radiomics4j.io.batch.BatchListener;
import org.radiomics4j.io.batch.BatchProgress;
import org.radiomics4j.io.batch.CaseReader;
import org.radiomics4j.io.batch.CaseResult;
import org.radiomics4j.io.table.FeatureTables;
import org.radiomics4j.stats.study.StudyPipeline;
import org.radiomics4j.stats.study.StudyResult;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.CohortTableFormatException;
import org.radiomics4j.stats.table.ColumnType;
import org.radiomics4j.stats.table.CsvOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link StudyConfig}: extraction, cohort tables, statistics, files.
 *
 * <ol>
 *   <li><b>Extraction</b> (unless the configuration gives a feature table): for every case, phase and reader, the
 *       image and mask of the cases file are read (an image may be a DICOM series folder; a mask with a
 *       {@code maskname_<reader>_<phase>} cell is an RTSTRUCT ROI, DICOM SEG segment or {@code .seg.nrrd}
 *       segment, see {@link StudyCases}) and the features extracted with the parameter file's settings, through the
 *       batch engine ({@link BatchExtractor#runAndCollect}, the code path of {@code radiomics batch}): each case,
 *       phase and reader is one engine case, appended as it finishes to {@value #EXTRACTION_CSV}. They run in parallel on {@code threads} jobs; rows are returned in
 *       cases, phase, reader order, so the results do not depend on the thread count. A failure (unreadable image
 *       or mask, unknown ROI name, failed ROI check, ...) becomes an error row and the study goes on without it.
 *       One progress line per extraction goes to the progress listener as it finishes, e.g.
 *       {@code [ 3/25] P003 arterial reader1 ... 0.8 s} (patient number of the cases file). A re-run recomputes
 *       every extraction (replacing both tables) unless {@link #withResume}; to reuse a finished extraction, give
 *       {@code features.csv} as the configuration's feature table.</li>
 *   <li><b>features.csv</b> in the output folder: one row per patient, phase and reader: the id column,
 *       {@code phase}, {@code reader}, {@code error} (empty on success), then PyRadiomics' batch layout
 *       ({@code Image}, {@code Mask}, {@code diagnostics_*}, {@code original_*} and every other enabled image type).</li>
 *   <li><b>Cohort table per phase</b> ({@code cohort_<phase>.csv}): the clinical columns of the cases file, the
 *       first reader's features (every image type, see {@link FeatureNames}), and the second reader's copies prefixed
 *       {@link StudyConfig#READER2_PREFIX}. A failed extraction leaves its cells missing; the statistics exclude
 *       (and count) them per analysis.</li>
 *   <li><b>Statistics</b>: {@code StudyPipeline.of(config.design(phase)).analyze(cohort)} per phase.</li>
 * </ol>
 * The report is written separately by {@link StudyReports}. Immutable; {@link #run()} may be called again.
 */
public final class StudyRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StudyRunner.class);

    /** Name of the feature table written in the output folder. */
    public static final String FEATURES_CSV = "features.csv";
    /**
     * Name of the batch engine's incremental table in the output folder: {@code Case} (the extraction's number in
     * cases, phase, reader order), {@code Image}, {@code Mask}, {@code MaskName}, {@code Error}, diagnostics and
     * features (layout of {@link org.radiomics4j.io.batch.BatchRows}); what {@link #withResume} resumes from.
     */
    public static final String EXTRACTION_CSV = "extraction-batch.csv";

    private final StudyConfig config;
    private final Consumer<String> progress;
    private final String softwareVersion;
    private final boolean resume;

    private StudyRunner(StudyConfig config, Consumer<String> progress, String softwareVersion, boolean resume) {
        this.config = config;
        this.progress = progress;
        this.softwareVersion = softwareVersion;
        this.resume = resume;
    }

    /** A runner without progress output. */
    public static StudyRunner of(StudyConfig config) {
        return new StudyRunner(Objects.requireNonNull(config, "config"), s -> { }, null, false);
    }

    /**
     * A copy sending one line per extraction (and per analysed phase) to {@code listener}, one call at a time (from
     * the thread that called {@link #run()}).
     */
    public StudyRunner withProgress(Consumer<String> listener) {
        return new StudyRunner(config, Objects.requireNonNull(listener, "listener"), softwareVersion, resume);
    }

    /** A copy stating the radiomics4j version in the methods paragraph. */
    public StudyRunner withSoftwareVersion(String version) {
        return new StudyRunner(config, progress, Objects.requireNonNull(version, "version"), resume);
    }

    /**
     * A copy that resumes the extraction of an earlier run: the rows of {@value #EXTRACTION_CSV} in the output
     * folder (written incrementally by the batch engine, one flushed line per finished extraction) are kept and only
     * the missing extractions computed. The earlier run must have used the same cases file and parameter file: the
     * engine checks that each kept row names the same image, mask and mask name, but it cannot know the settings.
     * Without resume (the default) that file is replaced.
     */
    public StudyRunner withResume(boolean v) {
        return new StudyRunner(config, progress, softwareVersion, v);
    }

    public StudyConfig config() {
        return config;
    }

    /**
     * Runs the study.
     *
     * @throws StudyConfigException       if the parameter file is invalid (naming it), or a column the configuration
     *                                    names is not in the cases file (naming the config line and field; checked
     *                                    before any extraction)
     * @throws CohortTableFormatException if the cases file or the feature table is malformed (file, line, column)
     * @throws IllegalArgumentException   if the statistics cannot run (e.g. a column named by the design is absent,
     *                                    a group has fewer than 2 subjects), naming the phase
     * @throws UncheckedIOException       if an output file cannot be written
     * @throws org.radiomics4j.io.batch.BatchException if the engine's table cannot be written, or (with resume) it
     *                                    belongs to other cases (a kept row names another image, mask or mask name)
     * @throws org.radiomics4j.io.batch.BatchInterruptedException if the calling thread is interrupted during the
     *                                    extraction (the finished extractions stay in {@value #EXTRACTION_CSV})
     */
    public StudyRun run() {
        try {
            Files.createDirectories(config.output());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + config.output(), e);
        }
        StudyCases cases = StudyCases.read(config, !config.usesFeatureTable());
        // every column the configuration names, before any extraction (a typo must not cost the extractions)
        config.checkColumns(cases.clinical().columnNames());
        List<ExtractionRow> rows;
        Path featuresCsv;
        double seconds = 0;
        if (config.usesFeatureTable()) {
            featuresCsv = config.features();
            rows = readFeatureTable(config.features(), cases);
        } else {
            ExtractionSettings settings = settings();
            long t0 = System.nanoTime();
            rows = extract(cases, settings);
            seconds = (System.nanoTime() - t0) / 1e9;
            featuresCsv = config.output().resolve(FEATURES_CSV);
            writeFeatures(rows, featuresCsv);
        }
        Map<String, CohortTable> cohorts = new LinkedHashMap<>();
        Map<String, StudyResult> results = new LinkedHashMap<>();
        for (String phase : config.phases()) {
            CohortTable cohort = cohort(cases, rows, phase);
            try {
                cohort.write(config.output().resolve("cohort_" + phase + ".csv"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the cohort table of phase " + phase, e);
            }
            StudyPipeline pipeline = StudyPipeline.of(config.design(phase));
            if (softwareVersion != null) {
                pipeline = pipeline.withSoftwareVersion(softwareVersion);
            }
            long t0 = System.nanoTime();
            StudyResult r;
            try {
                r = pipeline.analyze(cohort);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("phase " + phase + ": " + e.getMessage(), e);
            }
            emit(String.format(Locale.ROOT, "statistics of phase %s ... %.1f s", phase,
                    (System.nanoTime() - t0) / 1e9));
            cohorts.put(phase, cohort);
            results.put(phase, r);
        }
        return new StudyRun(config, rows, cohorts, results, featuresCsv, config.output(), seconds);
    }

    private ExtractionSettings settings() {
        if (config.parameters() == null) {
            return ExtractionSettings.defaults();
        }
        try {
            return ParameterFiles.read(config.parameters());
        } catch (RuntimeException e) {
            throw new StudyConfigException(config.file(), 0, "parameters", "invalid parameter file: "
                    + e.getMessage());
        }
    }

    private synchronized void emit(String line) {
        progress.accept(line);
    }

    /** One extraction of the study: a case, phase and reader, run as one case of the batch engine. */
    private record Job(StudyCase studyCase, int patient, String phase, String reader, Path image, Path mask,
                       String maskName) {
    }

    /**
     * Extracts every case, phase and reader through the batch engine ({@link BatchExtractor#runAndCollect}, the
     * code path of {@code radiomics batch}): one engine case per extraction, in cases order, then phase, then
     * reader, each finished one appended to {@value #EXTRACTION_CSV}.
     */
    private List<ExtractionRow> extract(StudyCases cases, ExtractionSettings settings) {
        List<StudyCase> list = cases.cases();
        int n = list.size();
        Path dir = cases.file().toAbsolutePath().getParent();
        LOG.info("extracting {} cases x {} phases x {} readers on {} threads", n, config.phases().size(),
                config.readers().size(), config.threads());
        List<Job> jobs = new ArrayList<>();
        List<BatchCase> batch = new ArrayList<>();
        boolean anyName = list.stream().anyMatch(c -> !c.maskNames().isEmpty());
        for (int i = 0; i < n; i++) {
            StudyCase c = list.get(i);
            for (String phase : config.phases()) {
                for (String reader : config.readers()) {
                    Job j = new Job(c, i, phase, reader, c.images().get(phase), c.masks().get(reader).get(phase),
                            c.maskNames().getOrDefault(reader, Map.of()).get(phase));
                    jobs.add(j);
                    Map<String, String> columns = new LinkedHashMap<>();
                    columns.put(BatchCase.IMAGE, relative(dir, j.image()));
                    columns.put(BatchCase.MASK, relative(dir, j.mask()));
                    if (anyName) {
                        columns.put(BatchCase.MASK_NAME, j.maskName() == null ? "" : j.maskName());
                    }
                    batch.add(new BatchCase(jobs.size(), columns));
                }
            }
        }
        // the study's own reader: the same files as CaseReader.files, with the image named relative to the cases
        // file in its error (as the rows name it)
        CaseReader caseReader = bc -> {
            Job j = jobs.get(bc.index() - 1);
            Volume image;
            try {
                image = ImageReaders.readVolume(j.image());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot read image " + relative(dir, j.image()) + ": "
                        + describe(e), e);
            }
            return new CaseReader.Input(image, CaseReader.readMask(j.mask(), j.maskName(), image.geometry()));
        };
        Map<Integer, Long> started = new ConcurrentHashMap<>();
        Map<Integer, Double> seconds = new ConcurrentHashMap<>();
        String width = Integer.toString(Integer.toString(n).length());
        BatchListener listener = new BatchListener() {
            @Override
            public void batchStarted(BatchProgress p) {
                if (p.resumed() > 0) {
                    emit(String.format(Locale.ROOT, "resuming: %d of %d extractions kept from %s", p.resumed(),
                            p.total(), EXTRACTION_CSV));
                }
            }

            @Override
            public void caseStarted(BatchCase c) {
                started.put(c.index(), System.nanoTime());
            }

            @Override
            public void caseFinished(CaseResult r, BatchProgress p) {
                line(r);
            }

            @Override
            public void caseFailed(CaseResult r, BatchProgress p) {
                line(r);
            }

            private void line(CaseResult r) {
                int idx = r.batchCase().index();
                Long t0 = started.get(idx);
                double s = t0 == null ? 0 : (System.nanoTime() - t0) / 1e9;
                seconds.put(idx, s);
                Job j = jobs.get(idx - 1);
                emit(String.format(Locale.ROOT, "[%" + width + "d/%d] %s %s %s ... %s", j.patient() + 1, n,
                        j.studyCase().id(), j.phase(), j.reader(), r.ok() ? String.format(Locale.ROOT, "%.1f s", s)
                                : "FAILED: " + r.error()));
            }
        };
        BatchConfig bc = BatchConfig.defaults().withJobs(config.threads());
        bc = resume ? bc.withResume(true) : bc.withOverwrite(true);
        List<String> columns = anyName ? List.of(BatchCase.IMAGE, BatchCase.MASK, BatchCase.MASK_NAME)
                : List.of(BatchCase.IMAGE, BatchCase.MASK);
        List<CaseResult> results = BatchExtractor.of(settings, bc).withReader(caseReader)
                .runAndCollect(new BatchCases(columns, batch, dir), config.output().resolve(EXTRACTION_CSV),
                        listener);
        List<ExtractionRow> rows = new ArrayList<>(results.size());
        for (CaseResult r : results) {
            int idx = r.batchCase().index();
            Job j = jobs.get(idx - 1);
            rows.add(new ExtractionRow(j.studyCase().id(), j.phase(), j.reader(), relative(dir, j.image()),
                    relative(dir, j.mask()), r.features(), r.error(), seconds.getOrDefault(idx, 0.0)));
        }
        return rows;
    }

    private static String relative(Path dir, Path p) {
        try {
            return dir.relativize(p).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    /** The message chain of an exception ({@link RadiomicsException#messageChain}) on one line. */
    static String describe(Throwable e) {
        return RadiomicsException.messageChain(e).replace('\n', ' ');
    }

    /** Writes the rows in the layout described on the class. */
    void writeFeatures(List<ExtractionRow> rows, Path file) {
        Set<String> columns = new LinkedHashSet<>(List.of(config.idColumn(), "phase", "reader", "error", "Image",
                "Mask"));
        List<Map<String, Object>> flat = new ArrayList<>();
        for (ExtractionRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(config.idColumn(), r.patientId());
            m.put("phase", r.phase());
            m.put("reader", r.reader());
            m.put("error", r.error() == null ? "" : r.error());
            m.put("Image", r.image());
            m.put("Mask", r.mask());
            if (r.features() != null) {
                m.putAll(FeatureTables.flatten(r.features()));
            }
            columns.addAll(m.keySet());
            flat.add(m);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", columns.stream().map(FeatureTables::csvField).toList()));
            w.write('\n');
            for (Map<String, Object> m : flat) {
                List<String> cells = new ArrayList<>(columns.size());
                for (String c : columns) {
                    Object v = m.get(c);
                    cells.add(v == null ? "" : FeatureTables.csvField(v instanceof Double d ? Double.toString(d)
                            : v.toString()));
                }
                w.write(String.join(",", cells));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads a feature table in the {@code features.csv} layout back into rows (features = the columns of {@link FeatureNames}). */
    private List<ExtractionRow> readFeatureTable(Path file, StudyCases cases) {
        CohortTable t;
        try {
            t = CohortTable.read(file, CsvOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feature table " + file, e);
        }
        if (!t.hasColumn(config.idColumn())) {
            throw new CohortTableFormatException(file.toString(), 1, config.idColumn(), "the id column is missing");
        }
        for (String c : List.of("phase", "reader")) {
            if (!t.hasColumn(c)) {
                throw new CohortTableFormatException(file.toString(), 1, c, "column missing; a feature table needs "
                        + config.idColumn() + ", phase, reader and feature (<imageType>_<class>_<feature>) columns");
            }
        }
        List<String> featureColumns = new ArrayList<>();
        for (String c : t.columnNames()) {
            if (FeatureNames.isFeature(c)) {
                if (t.columnType(c) != ColumnType.NUMERIC && t.missingCount(c) < t.rowCount()) {
                    throw new CohortTableFormatException(file.toString(), 1, c, "feature column holds text");
                }
                featureColumns.add(c);
            }
        }
        Set<String> known = new LinkedHashSet<>();
        cases.cases().forEach(c -> known.add(c.id()));
        Map<String, ExtractionRow> byKey = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            CohortTable.Row row = t.row(r);
            int line = r + 2;
            String id = row.isMissing(config.idColumn()) ? null : row.getString(config.idColumn());
            String phase = row.isMissing("phase") ? null : row.getString("phase");
            String reader = row.isMissing("reader") ? null : row.getString("reader");
            if (id == null || phase == null || reader == null) {
                throw new CohortTableFormatException(file.toString(), line, id == null ? config.idColumn()
                        : phase == null ? "phase" : "reader", "empty value");
            }
            if (!config.phases().contains(phase) || !config.readers().contains(reader)) {
                continue;
            }
            if (!known.contains(id)) {
                throw new CohortTableFormatException(file.toString(), line, config.idColumn(), "patient '" + id
                        + "' is not in the cases file " + cases.file().getFileName());
            }
            String error = t.hasColumn("error") && !row.isMissing("error") ? row.getString("error") : null;
            FeatureSet fs = null;
            if (error == null) {
                Map<String, Double> f = new LinkedHashMap<>();
                for (String c : featureColumns) {
                    if (!row.isMissing(c)) {
                        f.put(c, row.getDouble(c));
                    }
                }
                if (f.isEmpty()) {
                    error = "no feature values in " + file.getFileName() + " line " + line;
                } else {
                    fs = FeatureSet.of(f, Map.of());
                }
            }
            String key = id + "\u0000" + phase + "\u0000" + reader;
            ExtractionRow er = new ExtractionRow(id, phase, reader, "", "", fs, error, 0);
            if (byKey.put(key, er) != null) {
                throw new CohortTableFormatException(file.toString(), line, config.idColumn(), "patient " + id
                        + ", phase " + phase + ", reader " + reader + " appears twice");
            }
        }
        // every case, phase and reader: a row (missing ones become error rows)
        List<ExtractionRow> rows = new ArrayList<>();
        for (StudyCase c : cases.cases()) {
            for (String phase : config.phases()) {
                for (String reader : config.readers()) {
                    ExtractionRow er = byKey.get(c.id() + "\u0000" + phase + "\u0000" + reader);
                    rows.add(er != null ? er : new ExtractionRow(c.id(), phase, reader, "", "", null,
                            "no row in the feature table " + file.getFileName(), 0));
                }
            }
        }
        return rows;
    }

    /** The cohort table of one phase (see the class javadoc). */
    CohortTable cohort(StudyCases cases, List<ExtractionRow> rows, String phase) {
        String reader1 = config.readers().get(0);
        String reader2 = config.readers().size() > 1 ? config.readers().get(1) : null;
        Map<String, FeatureSet> r1 = new LinkedHashMap<>();
        Map<String, FeatureSet> r2 = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (ExtractionRow r : rows) {
            if (!r.phase().equals(phase) || r.failed()) {
                continue;
            }
            if (r.reader().equals(reader1)) {
                r1.put(r.patientId(), r.features());
                for (String f : r.features().names()) {
                    if (FeatureNames.isFeature(f)) {
                        names.add(f);
                    }
                }
            } else if (r.reader().equals(reader2)) {
                r2.put(r.patientId(), r.features());
            }
        }
        CohortTable clinical = cases.clinical();
        List<String> header = new ArrayList<>(clinical.columnNames());
        for (String f : names) {
            if (clinical.hasColumn(f)) {
                throw new CohortTableFormatException(cases.file().toString(), 1, f, "a clinical column has the name "
                        + "of a feature");
            }
        }
        header.addAll(names);
        if (reader2 != null) {
            names.forEach(f -> header.add(StudyConfig.READER2_PREFIX + f));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", header.stream().map(FeatureTables::csvField).toList())).append('\n');
        List<StudyCase> list = cases.cases();
        for (int i = 0; i < list.size(); i++) {
            List<String> cells = new ArrayList<>(header.size());
            CohortTable.Row row = clinical.row(i);
            for (String c : clinical.columnNames()) {
                cells.add(row.isMissing(c) ? "" : FeatureTables.csvField(row.getString(c)));
            }
            FeatureSet a = r1.get(list.get(i).id());
            for (String f : names) {
                cells.add(value(a, f));
            }
            if (reader2 != null) {
                FeatureSet b = r2.get(list.get(i).id());
                for (String f : names) {
                    cells.add(value(b, f));
                }
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        CsvOptions opts = CsvOptions.defaults();
        for (String c : clinical.columnNames()) {
            opts = opts.withColumnType(c, clinical.columnType(c));
        }
        return CohortTable.parse(sb.toString(), "cohort table of phase " + phase, opts);
    }

    private static String value(FeatureSet fs, String f) {
        if (fs == null || !fs.contains(f)) {
            return "";
        }
        double v = fs.get(f);
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
