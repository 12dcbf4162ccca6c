package dev.warroom.console.screens;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A scene rendered as the commander sees it and written as a PNG: into target/screenshots/ by
 * default, into the repository's docs/screenshots/ with {@code -Dwarroom.screenshots=docs}, so an
 * ordinary build never changes the committed pictures.
 */
record Screenshot(Path file, int width, int height, int colours, double brightnessSpread) {

    /** Where the pictures go for this run. */
    static Path folder() {
        if ("docs".equals(System.getProperty("warroom.screenshots"))) {
            return Path.of(System.getProperty("warroom.root", "../..")).resolve("docs").resolve("screenshots");
        }
        return Path.of("target", "screenshots");
    }

    /** Renders {@code scene} into {@code name}.png in {@link #folder()} and measures the picture as written. */
    static Screenshot take(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        Path file = folder().resolve(name + ".png");
        Files.createDirectories(file.getParent());
        CompactPng.write(argb, width, height, file);
        BufferedImage written = ImageIO.read(file.toFile());
        int[] pixels = written.getRGB(0, 0, written.getWidth(), written.getHeight(), null, 0, written.getWidth());
        return new Screenshot(file, written.getWidth(), written.getHeight(), colours(pixels), brightnessSpread(pixels));
    }

    private static int colours(int[] argb) {
        Set<Integer> seen = new HashSet<>();
        for (int pixel : argb) {
            seen.add(pixel & 0xFFFFFF);
        }
        return seen.size();
    }

    /** The standard deviation of the pixels' brightness (0–255): near 0 for a blank or single-colour picture. */
    private static double brightnessSpread(int[] argb) {
        double sum = 0;
        double squares = 0;
        for (int pixel : argb) {
            double brightness = 0.299 * ((pixel >> 16) & 0xFF) + 0.587 * ((pixel >> 8) & 0xFF) + 0.114 * (pixel & 0xFF);
            sum += brightness;
            squares += brightness * brightness;
        }
        double mean = sum / argb.length;
        return Math.sqrt(Math.max(0, squares / argb.length - mean * mean));
    }
}
