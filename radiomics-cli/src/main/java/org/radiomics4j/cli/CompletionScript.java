package org.radiomics4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.AutoComplete;

/**
 * Writes the bash (and zsh, via {@code bashcompinit}) completion script of the {@code radiomics} command, generated
 * by picocli's {@link AutoComplete} from the same command tree the CLI parses with. The build runs it at
 * {@code prepare-package}: {@code radiomics-cli/target/radiomics_completion}; load it with
 * {@code source radiomics-cli/target/radiomics_completion}.
 */
public final class CompletionScript {
    private CompletionScript() {
    }

    /** {@code args[0]}: the file to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompletionScript OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, AutoComplete.bash("radiomics", Main.commandLine()), StandardCharsets.UTF_8);
    }
}
