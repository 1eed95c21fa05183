package org.radiomics4j.study;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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

import org.radiomics4j.core.NearestName;
import org.radiomics4j.stats.regression.PredictorScale;
import org.radiomics4j.stats.study.ClinicalVariable;
import org.radiomics4j.stats.study.GroupingRule;
import org.radiomics4j.stats.study.MultipleTestingCorrection;
import org.radiomics4j.stats.study.StudyDesign;
import org.radiomics4j.stats.study.SurvivalEndpoint;
import org.radiomics4j.stats.study.ThresholdOperator;
import org.radiomics4j.stats.study.VariableKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A radiomics study described in one YAML file: where the data are, which phases and readers, how the groups are
 * formed and which analyses run. {@link #read(Path)} parses and validates it; {@link #design(String)} maps it onto
 * the statistics module's {@link StudyDesign} for one phase (each section onto one settings record);
 * {@link #checkColumns(List)} checks the columns it names against the cases file before any extraction;
 * {@link StudyRunner} runs it. The full format, with an
 * example, is in {@code docs/study-config.md}.
 *
 * <pre>{@code
 * cases: cases.csv              # one row per patient (or: features: features.csv + cases for clinical data)
 * idColumn: patient_id          # default patient_id
 * phases: [arterial, portal]    # at least one
 * readers: [reader1, reader2]   # one or two; the first is the analysed reader, the second only enters the ICC
 * parameters: params.yaml       # PyRadiomics parameter file; absent = PyRadiomics defaults (binWidth 25)
 * grouping: {column: pfs_months, operator: ">", threshold: 11,
 *            positiveLabel: Responders, negativeLabel: Non-responders}
 * survival:                     # Kaplan–Meier endpoints (optional)
 *   - {name: OS, time: os_months, event: death}
 * logisticOutcome: death        # 0/1 outcome of Table 5 (optional)
 * clinical:                     # optional; absent = inferred from the column types
 *   - {name: age, kind: continuous}
 *   - {name: grade, kind: ordinal, levels: [G1, G2]}
 * regressionVariables: []       # optional; empty = every clinical variable and feature
 * alpha: 0.05                   # default 0.05
 * correction: bonferroni        # none, bonferroni, holm, hochberg, benjamini_hochberg, benjamini_yekutieli
 * synthetic: {positive: 87, negative: 90, seed: 1}   # ADASYN sizes per class (0 and 0 = none) and seed
 * logistic: {scale: sd}         # odds ratios per sd (default), iqr or unit
 * icc: {minimum: 0.75}          # optional: only features with ICC >= 0.75 enter the group tests
 * output: results               # output folder, default "results"
 * threads: 2                    # extraction threads, default 1
 * }</pre>
 *
 * <p>Relative paths ({@code cases}, {@code features}, {@code parameters}, {@code output}) are resolved against the
 * folder of the configuration file. Unknown keys are errors (they are usually typos). Every error is a
 * {@link StudyConfigException} naming the file, the line and the field.
 *
 * <p><b>Cases file</b> (CSV, header row): the id column; {@code image_<phase>} per phase and
 * {@code mask_<reader>_<phase>} per reader and phase (paths relative to the cases file); every other column is
 * clinical data. See {@link StudyCases}.
 *
 * @param file                the configuration file
 * @param cases               the cases file (absolute), or null when only a feature table is given
 * @param features            an already extracted feature table (layout of {@code features.csv}), or null
 * @param idColumn            patient id column of the cases and feature files
 * @param phases              imaging phases, in report order
 * @param readers             one or two readers; the first one's features are analysed
 * @param parameters          PyRadiomics parameter file, or null for the defaults
 * @param grouping            grouping rule
 * @param positiveLabel       name of the positive group
 * @param negativeLabel       name of the negative group
 * @param survival            Kaplan–Meier endpoints
 * @param logisticOutcome     0/1 outcome column of the logistic regressions, or null
 * @param clinical            clinical variables (empty = inferred)
 * @param regressionVariables variables of the univariate regressions (empty = all)
 * @param alpha               significance level
 * @param correction          multiple-testing correction of the feature P values
 * @param syntheticPositive   ADASYN synthetic subjects of the positive group
 * @param syntheticNegative   ADASYN synthetic subjects of the negative group
 * @param syntheticSeed       ADASYN seed
 * @param output              output folder (absolute)
 * @param threads             extraction threads (≥ 1)
 * @param options             the further settings and the line of each field
 */
public record StudyConfig(Path file, Path cases, Path features, String idColumn, List<String> phases,
        List<String> readers, Path parameters, GroupingRule grouping, String positiveLabel, String negativeLabel,
        List<SurvivalEndpoint> survival, String logisticOutcome, List<ClinicalVariable> clinical,
        List<String> regressionVariables, double alpha, MultipleTestingCorrection correction, int syntheticPositive,
        int syntheticNegative, long syntheticSeed, Path output, int threads, Options options) {

    private static final List<String> TOP_KEYS = List.of("cases", "features", "idColumn", "phases", "readers",
            "parameters", "grouping", "survival", "survivalTimeUnit", "logisticOutcome", "logistic", "clinical",
            "regressionVariables", "alpha", "correction", "synthetic", "icc", "output", "threads");

    /**
     * The settings beyond the basic ones, and where each field was written.
     *
     * @param survivalTimeUnit      {@code survivalTimeUnit} (default "months")
     * @param adasynNeighbours      {@code synthetic.neighbours} (default 5)
     * @param adasynStandardize     {@code synthetic.standardize} (default true)
     * @param logisticScale         {@code logistic.scale}: sd (default), iqr or unit
     * @param backwardMinCandidates {@code logistic.minCandidates} (default 0: no forcing)
     * @param optimismResamples     {@code logistic.bootstrapResamples} (default 200)
     * @param optimismSeed          {@code logistic.bootstrapSeed} (default 1)
     * @param iccMinimum            {@code icc.minimum} (default none)
     * @param lines                 1-based line of each field given in the file (dotted field name, e.g.
     *                              {@code survival[0].time}); used to name the line of a column that the cases file
     *                              lacks
     */
    public record Options(String survivalTimeUnit, int adasynNeighbours, boolean adasynStandardize,
            PredictorScale logisticScale, int backwardMinCandidates, int optimismResamples, long optimismSeed,
            Double iccMinimum, Map<String, Integer> lines) {
        public Options {
            Objects.requireNonNull(survivalTimeUnit, "survivalTimeUnit");
            Objects.requireNonNull(logisticScale, "logisticScale");
            lines = Map.copyOf(lines);
        }

        /** The defaults (no line information). */
        public static Options defaults() {
            return new Options("months", 5, true, PredictorScale.SD, 0, 200, 1, null, Map.of());
        }
    }

    public StudyConfig {
        Objects.requireNonNull(file, "file");
        phases = List.copyOf(phases);
        readers = List.copyOf(readers);
        survival = List.copyOf(survival);
        clinical = List.copyOf(clinical);
        regressionVariables = List.copyOf(regressionVariables);
        Objects.requireNonNull(options, "options");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
        }
    }

    /** Whether features are read from a table instead of being extracted from images. */
    public boolean usesFeatureTable() {
        return features != null;
    }

    /** A copy with another output folder. */
    public StudyConfig withOutput(Path folder) {
        return new StudyConfig(file, cases, features, idColumn, phases, readers, parameters, grouping, positiveLabel,
                negativeLabel, survival, logisticOutcome, clinical, regressionVariables, alpha, correction,
                syntheticPositive, syntheticNegative, syntheticSeed, folder.toAbsolutePath().normalize(), threads,
                options);
    }

    /** A copy with another number of extraction threads. */
    public StudyConfig withThreads(int n) {
        return new StudyConfig(file, cases, features, idColumn, phases, readers, parameters, grouping, positiveLabel,
                negativeLabel, survival, logisticOutcome, clinical, regressionVariables, alpha, correction,
                syntheticPositive, syntheticNegative, syntheticSeed, output, n, options);
    }

    /** Prefix of the second reader's feature columns in the cohort table ({@code r2_original_...}). */
    public static final String READER2_PREFIX = "r2_";

    /**
     * The statistics design of one phase: the first reader's features of every extracted image type (the columns
     * matching {@link FeatureNames#REGEX}, e.g. {@code original_*} and {@code square_*}), the second reader's
     * copies (prefix {@link #READER2_PREFIX}) for the ICC when there are two readers.
     */
    public StudyDesign design(String phase) {
        if (!phases.contains(phase)) {
            throw new IllegalArgumentException("phase '" + phase + "' is not one of " + phases);
        }
        return StudyDesign.builder(grouping).idColumn(idColumn).groupLabels(positiveLabel, negativeLabel)
                .phase(phase).survivalEndpoints(survival).logisticOutcomeColumn(logisticOutcome)
                .clinicalVariables(clinical).featurePattern(FeatureNames.REGEX)
                .reader2Prefix(readers.size() > 1 ? READER2_PREFIX : null).alpha(alpha).correction(correction)
                .syntheticCohort(syntheticPositive, syntheticNegative, syntheticSeed)
                .adasynNeighbours(options.adasynNeighbours()).adasynStandardize(options.adasynStandardize())
                .survivalTimeUnit(options.survivalTimeUnit())
                .regressionVariables(regressionVariables).logisticScale(options.logisticScale())
                .backwardMinCandidates(options.backwardMinCandidates())
                .optimismBootstrap(options.optimismResamples(), options.optimismSeed())
                .iccMinimum(options.iccMinimum()).build();
    }

    /**
     * Checks that every column this configuration names (grouping, survival time and event, logistic outcome,
     * clinical variables, and the regression variables that are not features) is a column of the cases file, so
     * that a typo is found before any extraction.
     *
     * @param columns the columns of the cases file
     * @throws StudyConfigException naming this file, the line and field of the first unknown column, and the nearest
     *                              column name
     */
    public void checkColumns(List<String> columns) {
        Map<String, String> named = new LinkedHashMap<>();
        named.put("grouping.column", grouping.column());
        for (int i = 0; i < survival.size(); i++) {
            named.put("survival[" + i + "].time", survival.get(i).timeColumn());
            named.put("survival[" + i + "].event", survival.get(i).eventColumn());
        }
        if (logisticOutcome != null) {
            named.put("logisticOutcome", logisticOutcome);
        }
        for (int i = 0; i < clinical.size(); i++) {
            named.put("clinical[" + i + "].name", clinical.get(i).name());
        }
        for (int i = 0; i < regressionVariables.size(); i++) {
            String v = regressionVariables.get(i);
            if (!FeatureNames.isFeature(v)) {
                named.put("regressionVariables[" + i + "]", v);
            }
        }
        for (Map.Entry<String, String> e : named.entrySet()) {
            if (!columns.contains(e.getValue())) {
                String field = e.getKey();
                throw new StudyConfigException(file, options.lines().getOrDefault(field, 0), field, "no column '"
                        + e.getValue() + "' in the cases file" + (cases == null ? "" : " " + cases.getFileName())
                        + "; did you mean '" + nearest(e.getValue(), columns) + "'? (checked before any "
                        + "extraction)");
            }
        }
    }

    /**
     * Reads and validates a configuration file.
     *
     * @throws StudyConfigException naming the file, line and field of the first problem (also for unreadable files
     *     and YAML syntax errors)
     */
    public static StudyConfig read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StudyConfigException(file, 0, null, "cannot read the file (" + e.getMessage() + ")");
        }
        return parse(text, file);
    }

    /**
     * Parses configuration text; {@code file} names it in messages and anchors relative paths.
     *
     * @throws StudyConfigException naming the file, line and field of the first problem
     */
    public static StudyConfig parse(String yaml, Path file) {
        return new Parser(file.toAbsolutePath().normalize()).parse(yaml);
    }

    /** Walks the YAML node tree, which keeps the line of every value. */
    private static final class Parser {
        private final Path file;
        private final Path dir;

        Parser(Path file) {
            this.file = file;
            this.dir = file.getParent() == null ? Path.of("").toAbsolutePath() : file.getParent();
        }

        private final Map<String, Integer> lines = new LinkedHashMap<>();

        private void line(String field, Node n) {
            lines.put(field, n.getStartMark().getLine() + 1);
        }

        StudyConfigException error(Node at, String field, String problem) {
            return new StudyConfigException(file, at == null ? 0 : at.getStartMark().getLine() + 1, field, problem);
        }

        StudyConfig parse(String yaml) {
            Node root;
            try (Reader r = new StringReader(yaml)) {
                root = new Yaml(new LoaderOptions()).compose(r);
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
                throw new StudyConfigException(file, line, null, "not valid YAML: " + e.getProblem());
            } catch (YAMLException | IOException e) {
                throw new StudyConfigException(file, 0, null, "not valid YAML: " + e.getMessage());
            }
            if (root == null) {
                throw new StudyConfigException(file, 1, null, "the file is empty; it needs at least cases (or "
                        + "features), phases and grouping");
            }
            Map<String, NodeTuple> top = mapping(root, "(top level)", TOP_KEYS);
            Path cases = optionalPath(top, "cases");
            Path features = optionalPath(top, "features");
            if (cases == null && features == null) {
                throw error(root, "cases", "required: the cases file (or a feature table under 'features' "
                        + "together with 'cases' for the clinical data)");
            }
            if (features != null && cases == null) {
                throw error(top.get("features").getKeyNode(), "cases", "required with 'features': the cases file "
                        + "holds the clinical data (its image and mask columns may then be omitted)");
            }
            String idColumn = optionalText(top, "idColumn", "patient_id");
            List<String> phases = names(top, "phases", true);
            List<String> readers = top.containsKey("readers") ? names(top, "readers", true) : List.of("reader1");
            if (readers.size() > 2) {
                throw error(top.get("readers").getValueNode(), "readers", "one or two readers are supported but "
                        + readers.size() + " were given: " + readers);
            }
            Path parameters = optionalPath(top, "parameters");

            // grouping
            NodeTuple gt = top.get("grouping");
            if (gt == null) {
                throw error(root, "grouping", "required: {column, operator, threshold} or {column} for a 0/1 "
                        + "column");
            }
            Map<String, NodeTuple> g = mapping(gt.getValueNode(), "grouping",
                    List.of("column", "operator", "threshold", "positiveLabel", "negativeLabel"));
            String column = requiredText(g, "column", "grouping", gt.getValueNode());
            line("grouping.column", g.get("column").getValueNode());
            GroupingRule grouping;
            if (g.containsKey("operator") || g.containsKey("threshold")) {
                Node opNode = g.containsKey("operator") ? g.get("operator").getValueNode() : gt.getValueNode();
                String op = requiredText(g, "operator", "grouping", gt.getValueNode());
                ThresholdOperator operator = null;
                for (ThresholdOperator t : ThresholdOperator.values()) {
                    if (t.symbol().equals(op)) {
                        operator = t;
                    }
                }
                if (operator == null) {
                    throw error(opNode, "grouping.operator", "must be one of <=, <, >=, > but was '" + op + "'");
                }
                if (!g.containsKey("threshold")) {
                    throw error(gt.getValueNode(), "grouping.threshold", "required with an operator");
                }
                double threshold = number(g.get("threshold").getValueNode(), "grouping.threshold");
                grouping = GroupingRule.threshold(column, operator, threshold);
            } else {
                grouping = GroupingRule.binaryColumn(column);
            }
            String positive = g.containsKey("positiveLabel") ? text(g.get("positiveLabel").getValueNode(),
                    "grouping.positiveLabel") : "Responders";
            String negative = g.containsKey("negativeLabel") ? text(g.get("negativeLabel").getValueNode(),
                    "grouping.negativeLabel") : "Non-responders";
            if (positive.equals(negative)) {
                throw error(gt.getValueNode(), "grouping.negativeLabel", "must differ from positiveLabel but both "
                        + "are '" + positive + "'");
            }

            // survival
            List<SurvivalEndpoint> survival = new ArrayList<>();
            if (top.containsKey("survival")) {
                List<Node> items = sequence(top.get("survival").getValueNode(), "survival");
                for (int i = 0; i < items.size(); i++) {
                    String f = "survival[" + i + "]";
                    Map<String, NodeTuple> m = mapping(items.get(i), f, List.of("name", "time", "event"));
                    String time = requiredText(m, "time", f, items.get(i));
                    String event = requiredText(m, "event", f, items.get(i));
                    line(f + ".time", m.get("time").getValueNode());
                    line(f + ".event", m.get("event").getValueNode());
                    String name = m.containsKey("name") ? text(m.get("name").getValueNode(), f + ".name") : time;
                    survival.add(new SurvivalEndpoint(name, time, event));
                }
            }
            String outcome = optionalText(top, "logisticOutcome", null);
            if (outcome != null) {
                line("logisticOutcome", top.get("logisticOutcome").getValueNode());
            }
            String timeUnit = optionalText(top, "survivalTimeUnit", "months");

            // clinical variables
            List<ClinicalVariable> clinical = new ArrayList<>();
            if (top.containsKey("clinical")) {
                List<Node> items = sequence(top.get("clinical").getValueNode(), "clinical");
                Set<String> seen = new LinkedHashSet<>();
                for (int i = 0; i < items.size(); i++) {
                    String f = "clinical[" + i + "]";
                    Node item = items.get(i);
                    if (item instanceof ScalarNode) {
                        throw error(item, f, "must be a mapping {name, kind[, levels]} but was '"
                                + ((ScalarNode) item).getValue() + "'");
                    }
                    Map<String, NodeTuple> m = mapping(item, f, List.of("name", "kind", "levels"));
                    String name = requiredText(m, "name", f, item);
                    line(f + ".name", m.get("name").getValueNode());
                    if (!seen.add(name)) {
                        throw error(m.get("name").getValueNode(), f + ".name", "variable '" + name
                                + "' is listed twice");
                    }
                    String kindText = requiredText(m, "kind", f, item);
                    VariableKind kind;
                    try {
                        kind = VariableKind.valueOf(kindText.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw error(m.get("kind").getValueNode(), f + ".kind", "must be one of continuous, "
                                + "categorical, ordinal but was '" + kindText + "'");
                    }
                    List<String> levels = m.containsKey("levels") ? names(m, "levels", false, f + ".levels")
                            : List.of();
                    if (kind == VariableKind.CONTINUOUS && !levels.isEmpty()) {
                        throw error(m.get("levels").getValueNode(), f + ".levels", "a continuous variable ("
                                + name + ") takes no levels but was given " + levels);
                    }
                    clinical.add(new ClinicalVariable(name, kind, levels));
                }
            }
            List<String> regression = top.containsKey("regressionVariables")
                    ? names(top, "regressionVariables", false) : List.of();
            if (top.containsKey("regressionVariables")) {
                List<Node> rn = sequence(top.get("regressionVariables").getValueNode(), "regressionVariables");
                for (int i = 0; i < rn.size(); i++) {
                    line("regressionVariables[" + i + "]", rn.get(i));
                }
            }

            double alpha = 0.05;
            if (top.containsKey("alpha")) {
                Node n = top.get("alpha").getValueNode();
                alpha = number(n, "alpha");
                if (!(alpha > 0 && alpha < 1)) {
                    throw error(n, "alpha", "must be in (0, 1) but was " + alpha);
                }
            }
            MultipleTestingCorrection correction = MultipleTestingCorrection.BONFERRONI;
            if (top.containsKey("correction")) {
                Node n = top.get("correction").getValueNode();
                String c = text(n, "correction");
                try {
                    correction = MultipleTestingCorrection.valueOf(c.toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    List<String> valid = new ArrayList<>();
                    for (MultipleTestingCorrection m : MultipleTestingCorrection.values()) {
                        valid.add(m.name().toLowerCase(Locale.ROOT));
                    }
                    throw error(n, "correction", "must be one of " + String.join(", ", valid) + " but was '" + c
                            + "'");
                }
            }
            int neighbours = 5;
            boolean standardize = true;
            int synPos = 87;
            int synNeg = 90;
            long synSeed = 1;
            if (top.containsKey("synthetic")) {
                Node sn = top.get("synthetic").getValueNode();
                Map<String, NodeTuple> s = mapping(sn, "synthetic", List.of("positive", "negative", "seed",
                        "neighbours", "standardize"));
                if (s.containsKey("neighbours")) {
                    Node n = s.get("neighbours").getValueNode();
                    neighbours = nonNegativeInt(n, "synthetic.neighbours");
                    if (neighbours < 1) {
                        throw error(n, "synthetic.neighbours", "must be >= 1 but was " + neighbours);
                    }
                }
                if (s.containsKey("standardize")) {
                    standardize = bool(s.get("standardize").getValueNode(), "synthetic.standardize");
                }
                if (s.containsKey("positive")) {
                    synPos = nonNegativeInt(s.get("positive").getValueNode(), "synthetic.positive");
                }
                if (s.containsKey("negative")) {
                    synNeg = nonNegativeInt(s.get("negative").getValueNode(), "synthetic.negative");
                }
                if (s.containsKey("seed")) {
                    Node n = s.get("seed").getValueNode();
                    try {
                        synSeed = Long.parseLong(text(n, "synthetic.seed"));
                    } catch (NumberFormatException e) {
                        throw error(n, "synthetic.seed", "must be an integer but was '" + text(n, "synthetic.seed")
                                + "'");
                    }
                }
            }
            PredictorScale scale = PredictorScale.SD;
            int minCandidates = 0;
            int resamples = 200;
            long bootSeed = 1;
            if (top.containsKey("logistic")) {
                Map<String, NodeTuple> l = mapping(top.get("logistic").getValueNode(), "logistic", List.of("scale",
                        "minCandidates", "bootstrapResamples", "bootstrapSeed"));
                if (l.containsKey("scale")) {
                    Node n = l.get("scale").getValueNode();
                    try {
                        scale = PredictorScale.parse(text(n, "logistic.scale"));
                    } catch (IllegalArgumentException e) {
                        throw error(n, "logistic.scale", "must be one of sd, iqr, unit but was '"
                                + text(n, "logistic.scale") + "'");
                    }
                }
                if (l.containsKey("minCandidates")) {
                    minCandidates = nonNegativeInt(l.get("minCandidates").getValueNode(), "logistic.minCandidates");
                }
                if (l.containsKey("bootstrapResamples")) {
                    resamples = nonNegativeInt(l.get("bootstrapResamples").getValueNode(),
                            "logistic.bootstrapResamples");
                }
                if (l.containsKey("bootstrapSeed")) {
                    Node n = l.get("bootstrapSeed").getValueNode();
                    try {
                        bootSeed = Long.parseLong(text(n, "logistic.bootstrapSeed"));
                    } catch (NumberFormatException e) {
                        throw error(n, "logistic.bootstrapSeed", "must be an integer but was '"
                                + text(n, "logistic.bootstrapSeed") + "'");
                    }
                }
            }
            Double iccMinimum = null;
            if (top.containsKey("icc")) {
                Map<String, NodeTuple> ic = mapping(top.get("icc").getValueNode(), "icc", List.of("minimum"));
                if (ic.containsKey("minimum")) {
                    Node n = ic.get("minimum").getValueNode();
                    iccMinimum = number(n, "icc.minimum");
                    if (!(iccMinimum > -1 && iccMinimum < 1)) {
                        throw error(n, "icc.minimum", "must be in (-1, 1) but was " + iccMinimum);
                    }
                }
            }
            Options options = new Options(timeUnit, neighbours, standardize, scale, minCandidates, resamples,
                    bootSeed, iccMinimum, lines);
            Path output = top.containsKey("output") ? optionalPath(top, "output") : dir.resolve("results");
            int threads = 1;
            if (top.containsKey("threads")) {
                Node n = top.get("threads").getValueNode();
                threads = nonNegativeInt(n, "threads");
                if (threads < 1) {
                    throw error(n, "threads", "must be >= 1 but was " + threads);
                }
            }
            StudyConfig c = new StudyConfig(file, cases, features, idColumn, phases, readers, parameters, grouping,
                    positive, negative, survival, outcome, clinical, regression, alpha, correction, synPos, synNeg,
                    synSeed, output, threads, options);
            try {
                c.design(phases.get(0));
            } catch (IllegalArgumentException e) {
                throw new StudyConfigException(file, 0, null, "inconsistent design: " + e.getMessage());
            }
            return c;
        }

        private Map<String, NodeTuple> mapping(Node node, String field, List<String> allowed) {
            if (!(node instanceof MappingNode mn)) {
                throw error(node, field, "must be a mapping (key: value lines) but was "
                        + describe(node));
            }
            Map<String, NodeTuple> out = new LinkedHashMap<>();
            for (NodeTuple t : mn.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                String where = field.equals("(top level)") ? key : field + "." + key;
                if (key == null || !allowed.contains(key)) {
                    throw error(t.getKeyNode(), where, "unknown key; valid keys: " + allowed
                            + (key == null ? "" : "; did you mean '" + nearest(key, allowed) + "'?"));
                }
                if (out.put(key, t) != null) {
                    throw error(t.getKeyNode(), where, "given twice");
                }
            }
            return out;
        }

        private List<Node> sequence(Node node, String field) {
            if (!(node instanceof SequenceNode sn)) {
                throw error(node, field, "must be a list but was " + describe(node));
            }
            return sn.getValue();
        }

        private String text(Node node, String field) {
            if (!(node instanceof ScalarNode s)) {
                throw error(node, field, "must be a single value but was " + describe(node));
            }
            String v = s.getValue().trim();
            if (v.isEmpty() || v.equals("null") || v.equals("~")) {
                throw error(node, field, "must not be empty");
            }
            return v;
        }

        private String requiredText(Map<String, NodeTuple> m, String key, String parent, Node parentNode) {
            NodeTuple t = m.get(key);
            if (t == null) {
                throw error(parentNode, parent + "." + key, "required");
            }
            return text(t.getValueNode(), parent + "." + key);
        }

        private String optionalText(Map<String, NodeTuple> m, String key, String fallback) {
            NodeTuple t = m.get(key);
            return t == null ? fallback : text(t.getValueNode(), key);
        }

        private Path optionalPath(Map<String, NodeTuple> m, String key) {
            NodeTuple t = m.get(key);
            if (t == null) {
                return null;
            }
            return dir.resolve(text(t.getValueNode(), key)).normalize();
        }

        private List<String> names(Map<String, NodeTuple> m, String key, boolean nonEmpty) {
            return names(m, key, nonEmpty, key);
        }

        private List<String> names(Map<String, NodeTuple> m, String key, boolean nonEmpty, String field) {
            NodeTuple t = m.get(key);
            if (t == null) {
                throw error(null, field, "required");
            }
            Node n = t.getValueNode();
            List<Node> items = sequence(n, field);
            if (nonEmpty && items.isEmpty()) {
                throw error(n, field, "must list at least one name");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String v = text(items.get(i), field + "[" + i + "]");
                if (out.contains(v)) {
                    throw error(items.get(i), field + "[" + i + "]", "'" + v + "' is listed twice");
                }
                if (!v.matches("[A-Za-z0-9_.-]+") && (field.equals("phases") || field.equals("readers"))) {
                    throw error(items.get(i), field + "[" + i + "]", "must use only letters, digits, '_', '.', "
                            + "'-' (it names columns and files) but was '" + v + "'");
                }
                out.add(v);
            }
            return out;
        }

        private double number(Node n, String field) {
            String v = text(n, field);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw error(n, field, "must be a finite number but was '" + v + "'");
            }
        }

        private boolean bool(Node n, String field) {
            String v = text(n, field);
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v);
            }
            throw error(n, field, "must be true or false but was '" + v + "'");
        }

        private int nonNegativeInt(Node n, String field) {
            String v = text(n, field);
            try {
                int i = Integer.parseInt(v);
                if (i < 0) {
                    throw error(n, field, "must be >= 0 but was " + i);
                }
                return i;
            } catch (NumberFormatException e) {
                throw error(n, field, "must be an integer but was '" + v + "'");
            }
        }

        private static String describe(Node n) {
            if (n instanceof ScalarNode s) {
                return "'" + s.getValue() + "'";
            }
            return n instanceof SequenceNode ? "a list" : n instanceof MappingNode ? "a mapping" : "empty";
        }
    }

    /** The valid key closest to {@code key} (see {@link NearestName}). */
    static String nearest(String key, List<String> valid) {
        return NearestName.nearest(key, valid);
    }
}
