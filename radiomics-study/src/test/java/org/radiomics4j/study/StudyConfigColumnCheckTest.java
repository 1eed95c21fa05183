package org.radiomics4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 4: a column-name typo in a study configuration is found before any extraction, and the error names
 * the config file, the line and the field (docs/study-config.md). Previously the typo surfaced only in the
 * statistics, after every extraction had run.
 */
class StudyConfigColumnCheckTest {
    @TempDir
    Path dir;

    private Path write(String config) throws IOException {
        Files.writeString(dir.resolve("cases.csv"), "patient_id,image_portal,mask_reader1_portal,age,pfs_months,"
                + "progression,os_months,death\n"
                + "P1,img/P1.nrrd,img/P1_m.nrrd,60,12,1,20,0\n"
                + "P2,img/P2.nrrd,img/P2_m.nrrd,61,4,1,8,1\n");
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, config);
        return f;
    }

    private StudyConfigException runFails(String config) throws IOException {
        StudyConfig c = StudyConfig.read(write(config));
        List<String> progress = new ArrayList<>();
        StudyConfigException e = assertThrows(StudyConfigException.class,
                () -> StudyRunner.of(c).withProgress(progress::add).run());
        assertTrue(progress.isEmpty(), "nothing was extracted: " + progress);
        assertFalse(Files.exists(c.output().resolve(StudyRunner.FEATURES_CSV)), "no features.csv written");
        assertEquals(c.file(), e.file());
        return e;
    }

    @Test
    void logisticOutcomeTypoNamesLineFieldAndNearestColumn() throws IOException {
        StudyConfigException e = runFails("cases: cases.csv\nphases: [portal]\n"
                + "grouping: {column: pfs_months, operator: \">\", threshold: 11}\n"
                + "logisticOutcome: deaht\n");
        assertEquals(4, e.line());
        assertEquals("logisticOutcome", e.field());
        assertTrue(e.getMessage().contains("'deaht'") && e.getMessage().contains("did you mean 'death'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("study.yaml line 4"), e.getMessage());
    }

    @Test
    void survivalEventAndClinicalTyposToo() throws IOException {
        StudyConfigException e = runFails("cases: cases.csv\nphases: [portal]\n"
                + "grouping: {column: pfs_months, operator: \">\", threshold: 11}\n"
                + "survival:\n  - {name: OS, time: os_months, event: deth}\n");
        assertEquals(5, e.line());
        assertEquals("survival[0].event", e.field());
        e = runFails("cases: cases.csv\nphases: [portal]\n"
                + "grouping: {column: pfs_months, operator: \">\", threshold: 11}\n"
                + "clinical:\n  - {name: age, kind: continuous}\n  - {name: sx, kind: categorical}\n");
        assertEquals(6, e.line());
        assertEquals("clinical[1].name", e.field());
        e = runFails("cases: cases.csv\nphases: [portal]\ngrouping:\n  column: pfs_month\n  operator: \">\"\n"
                + "  threshold: 11\n");
        assertEquals(4, e.line());
        assertEquals("grouping.column", e.field());
    }

    @Test
    void aNumericColumnWithATextCellFailsUnlessDeclaredCategorical() throws IOException {
        // issue 8, item 2: one text cell must not silently turn 'age' categorical; declared categorical, it may
        Files.writeString(dir.resolve("cases.csv"), "patient_id,image_portal,mask_reader1_portal,age,pfs_months\n"
                + "P1,img/P1.nrrd,img/P1_m.nrrd,60,12\n"
                + "P2,img/P2.nrrd,img/P2_m.nrrd,sixty,4\n"
                + "P3,img/P3.nrrd,img/P3_m.nrrd,62,14\n");
        String base = "cases: cases.csv\nphases: [portal]\ngrouping: {column: pfs_months, operator: \">\", threshold: 11}\n";
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, base);
        RuntimeException e = assertThrows(RuntimeException.class, () -> StudyCases.read(StudyConfig.read(f), true));
        assertTrue(e.getMessage().contains("sixty") && e.getMessage().contains("age"), e.getMessage());
        Files.writeString(f, base + "clinical:\n  - {name: age, kind: categorical}\n");
        StudyCases cases = StudyCases.read(StudyConfig.read(f), true);
        assertEquals(3, cases.cases().size());
        assertEquals(org.radiomics4j.stats.table.ColumnType.TEXT, cases.clinical().columnType("age"));
    }
}
