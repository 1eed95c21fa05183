package org.radiomics4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.batch.BatchCase;
import org.radiomics4j.io.batch.CaseReader;

/**
 * Reads a case's image and mask through Hadoop's FileSystem API, so that {@code Image} and {@code Mask} may be
 * local paths, {@code file:}, {@code hdfs:}, {@code s3a:} or any URI the cluster's Hadoop configuration serves. A
 * relative path is resolved against the base directory (the cases file's folder, as PyRadiomics resolves its batch
 * input) or, without one, against the default file system's working directory.
 *
 * <p>A file on the local file system is read in place, by exactly the code of {@link CaseReader#files} (the same
 * bytes, the same error messages as {@code radiomics batch}). A file elsewhere is first copied to a local temporary
 * folder under its own name (the readers choose the format by the extension), with the files it needs: every file
 * of a DICOM series folder, the data file named by a detached header ({@code .mhd}'s {@code ElementDataFile},
 * {@code .nhdr}'s {@code data file}), the {@code .img} of an Analyze/NIfTI {@code .hdr}. The copies are deleted once
 * the case is read. Thread-safe; not serializable (each Spark task builds its own).
 */
final class HadoopCaseReader implements CaseReader {
    private static final Pattern MHD_DATA = Pattern.compile("^\\s*ElementDataFile\\s*=\\s*(.+?)\\s*$");
    private static final Pattern NHDR_DATA = Pattern.compile("^\\s*data ?file\\s*:\\s*(.+?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final Configuration conf;
    private final String baseDirectory;

    /**
     * @param conf the Hadoop configuration (the cluster's: {@code spark.hadoop.*} settings included)
     * @param baseDirectory the folder relative paths are resolved against, or null for the file system's working
     *     directory
     */
    HadoopCaseReader(Configuration conf, String baseDirectory) {
        this.conf = conf;
        this.baseDirectory = baseDirectory;
    }

    @Override
    public Input read(BatchCase c) {
        java.nio.file.Path tmp = null;
        try {
            Path image = resolve(c.image());
            Path mask = resolve(c.mask());
            java.nio.file.Path localImage = local(c.image(), image);
            java.nio.file.Path localMask = local(c.mask(), mask);
            if (localImage == null || localMask == null) {
                tmp = Files.createTempDirectory("radiomics-spark-case-" + c.index() + "-");
                if (localImage == null) {
                    localImage = copy(image, Files.createDirectory(tmp.resolve("image")));
                }
                if (localMask == null) {
                    localMask = copy(mask, Files.createDirectory(tmp.resolve("mask")));
                }
            }
            Volume v = ImageReaders.readVolume(localImage);
            Mask m = CaseReader.readMask(localMask, c.maskName().orElse(null), v.geometry());
            return new Input(v, m);
        } catch (IOException e) {
            throw new UncheckedIOException("case " + c.index() + ": cannot copy its files to the local disk: " + e, e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** The case's path as a Hadoop path: absolute paths and URIs as they are, relative ones against the base. */
    Path resolve(String p) {
        Path path = new Path(p);
        if (baseDirectory == null || path.isAbsolute() || path.toUri().getScheme() != null) {
            return path;
        }
        return new Path(baseDirectory, p);
    }

    /**
     * The local file of a case path on the local file system, or null if it is on another file system. A plain
     * path (no scheme) is resolved with {@link java.nio.file.Path#resolve} against the base directory, exactly as
     * {@link CaseReader#files} resolves it, so that error messages name the same path as {@code radiomics batch}.
     */
    private java.nio.file.Path local(String written, Path resolved) throws IOException {
        FileSystem fs = resolved.getFileSystem(conf);
        if (!"file".equals(fs.getScheme())) {
            return null;
        }
        if (new Path(written).toUri().getScheme() != null) {
            return java.nio.file.Path.of(resolved.toUri());
        }
        if (baseDirectory == null) {
            return java.nio.file.Path.of(written);
        }
        Path base = new Path(baseDirectory);
        String basePath = base.toUri().getScheme() == null ? baseDirectory : base.toUri().getPath();
        return java.nio.file.Path.of(basePath).resolve(written);
    }

    /** Copies a remote file (and what it needs) or a remote folder's files into {@code dir}; returns the copy. */
    private java.nio.file.Path copy(Path p, java.nio.file.Path dir) throws IOException {
        FileSystem fs = p.getFileSystem(conf);
        FileStatus st = fs.getFileStatus(p); // FileNotFoundException naming the path
        if (st.isDirectory()) {
            java.nio.file.Path folder = Files.createDirectory(dir.resolve(p.getName()));
            for (FileStatus f : fs.listStatus(p)) {
                if (f.isFile()) {
                    fs.copyToLocalFile(false, f.getPath(), new Path(folder.resolve(f.getPath().getName()).toUri()), true);
                }
            }
            return folder;
        }
        java.nio.file.Path out = dir.resolve(p.getName());
        fs.copyToLocalFile(false, p, new Path(out.toUri()), true);
        for (String companion : companions(p.getName(), out)) {
            Path src = new Path(p.getParent(), companion);
            if (fs.exists(src)) {
                java.nio.file.Path target = dir.resolve(companion).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException(p + ": the data file it names, " + companion + ", is outside its folder");
                }
                Files.createDirectories(target.getParent());
                fs.copyToLocalFile(false, src, new Path(target.toUri()), true);
            }
        }
        return out;
    }

    /** The files, relative to a file's folder, that reading it needs besides itself. */
    private static List<String> companions(String name, java.nio.file.Path copied) throws IOException {
        String n = name.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (n.endsWith(".mhd") || n.endsWith(".nhdr")) {
            Pattern pat = n.endsWith(".mhd") ? MHD_DATA : NHDR_DATA;
            try (Stream<String> lines = Files.lines(copied, StandardCharsets.ISO_8859_1)) {
                lines.limit(200).map(pat::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst()
                        .filter(f -> !f.equals("LOCAL") && !f.startsWith("LIST") && !f.contains("%"))
                        .ifPresent(out::add);
            }
        } else if (n.endsWith(".hdr")) {
            String stem = name.substring(0, name.length() - 4);
            out.add(stem + ".img");
            out.add(stem + ".img.gz");
        } else if (n.endsWith(".img") || n.endsWith(".img.gz")) {
            out.add(name.substring(0, name.length() - (n.endsWith(".gz") ? 7 : 4)) + ".hdr");
        }
        return out;
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        try (Stream<java.nio.file.Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary file is not worth failing a case for; the OS cleans the temp folder
        }
    }
}
