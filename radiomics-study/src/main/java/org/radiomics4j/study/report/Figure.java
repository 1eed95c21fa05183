package org.radiomics4j.study.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * A figure of the report that can be rendered to PNG or SVG. Made by {@link Figures}. Rendering is deterministic:
 * the same figure gives the same PNG and SVG bytes (no timestamps, fixed SVG element ids).
 *
 * <p>Needs a headless-capable AWT ({@code -Djava.awt.headless=true} on servers) and at least one installed font.
 */
public final class Figure {
    private final String title;
    private final int width;
    private final int height;
    private final Consumer<Graphics2D> painter;

    /**
     * @param title   the figure title (alt text in HTML)
     * @param width   width in CSS pixels
     * @param height  height in CSS pixels
     * @param painter draws the figure into a {@code width × height} area at the origin
     * @throws IllegalArgumentException if a size is not positive
     */
    Figure(String title, int width, int height, Consumer<Graphics2D> painter) {
        this.title = Objects.requireNonNull(title, "title");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("figure size must be > 0 but was " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.painter = Objects.requireNonNull(painter, "painter");
    }

    /** The title (used as alt text). */
    public String title() {
        return title;
    }

    /** Width in CSS pixels (the 1× PNG width). */
    public int width() {
        return width;
    }

    /** Height in CSS pixels. */
    public int height() {
        return height;
    }

    /**
     * The figure as PNG bytes, {@code scale} times the nominal size (2 for high-density screens).
     *
     * @throws IllegalArgumentException if scale is not 1..4
     */
    public byte[] toPng(int scale) {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be in 1..4 but was " + scale);
        }
        BufferedImage img = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width * scale, height * scale);
            g.scale(scale, scale);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding of figure '" + title + "' failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The figure as an SVG document. {@code idPrefix} prefixes every element id (clip paths, gradients) so that
     * several SVGs can be inlined in one HTML page; it must be a valid XML name start (letters, digits, '_', '-').
     *
     * @throws IllegalArgumentException if idPrefix is empty or has other characters
     */
    public String toSvg(String idPrefix) {
        if (idPrefix == null || !idPrefix.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("idPrefix must match [A-Za-z_][A-Za-z0-9_-]* but was " + idPrefix);
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        painter.accept(g);
        return g.getSVGDocument();
    }

    /** Writes {@link #toPng(int)} to {@code file}. */
    public void writePng(Path file, int scale) throws IOException {
        Files.write(file, toPng(scale));
    }

    /** Writes {@link #toSvg(String)} to {@code file} (UTF-8), ids prefixed with the file's base name. */
    public void writeSvg(Path file) throws IOException {
        String base = file.getFileName().toString().replaceAll("\\.svg$", "").replaceAll("[^A-Za-z0-9_-]", "_");
        Files.writeString(file, toSvg("f_" + base), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Figure[" + title + ", " + width + "x" + height + "]";
    }
}
