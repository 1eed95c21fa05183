package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The module map's rule (ARCHITECTURE.md): an {@code internal} package is private to its module. Every Java file of
 * every {@code radiomics-*} module (main and test sources) may import {@code org.radiomics4j.X...internal...} only
 * when it lives in module {@code radiomics-X}.
 */
class ModuleBoundariesTest {

    private static final Pattern INTERNAL_IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?org\\.radiomics4j\\.([a-z0-9]+)\\.(?:[\\w.]*\\.)?internal\\.",
                    Pattern.MULTILINE);

    @Test
    void noModuleImportsAnotherModulesInternalPackage() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("radiomics-")
                    && Files.isDirectory(p.resolve("src"))).toList()) {
                String own = module.getFileName().toString().substring("radiomics-".length());
                try (Stream<Path> sources = Files.walk(module.resolve("src"))) {
                    for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                        files++;
                        Matcher m = INTERNAL_IMPORT.matcher(read(f));
                        while (m.find()) {
                            if (!m.group(1).equals(own)) {
                                violations.add(root.relativize(f) + ": " + m.group().trim());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(files > 500, "found only " + files + " Java files under " + root + "; wrong working directory?");
        assertEquals(List.of(), violations, "imports of another module's internal package");
    }

    @Test
    void thePatternSeesAnInternalImport() {
        Matcher m = INTERNAL_IMPORT.matcher("import org.radiomics4j.core.features.internal.GlcmKernels;\n");
        assertTrue(m.find());
        assertEquals("core", m.group(1));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
