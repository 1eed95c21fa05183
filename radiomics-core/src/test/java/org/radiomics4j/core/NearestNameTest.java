package org.radiomics4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestNameTest {
    /** The textbook examples of Wikipedia's "Levenshtein distance" article: kitten/sitting 3, flaw/lawn 2. */
    @Test
    void distanceOfTheTextbookExamples() {
        assertEquals(3, NearestName.distance("kitten", "sitting"));
        assertEquals(3, NearestName.distance("sitting", "kitten"));
        assertEquals(2, NearestName.distance("flaw", "lawn"));
        assertEquals(0, NearestName.distance("", ""));
        assertEquals(4, NearestName.distance("", "abcd"));
        assertEquals(1, NearestName.distance("Bin", "bin"));
    }

    @Test
    void nearestIgnoresCaseAndKeepsTheFirstOfEquals() {
        List<String> keys = List.of("binWidth", "binCount", "label");
        assertEquals("binWidth", NearestName.nearest("BINWIDTH", keys));
        assertEquals("binWidth", NearestName.nearest("binwdth", keys, 3));
        assertEquals("label", NearestName.nearest("bin", keys));
        // "bin" is 5 edits from both binWidth and binCount (and 4 from label): the first one listed wins
        assertEquals("binWidth", NearestName.nearest("bin", List.of("binWidth", "binCount")));
        assertEquals("binCount", NearestName.nearest("bin", List.of("binCount", "binWidth")));
    }

    @Test
    void nothingWhenTooFarOrNoCandidates() {
        assertNull(NearestName.nearest("zzzzzz", List.of("binWidth", "label"), 3));
        assertNull(NearestName.nearest("label", List.of()));
    }
}
