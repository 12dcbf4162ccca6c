package dev.warroom.console.screens;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A scene rendered as the commander sees it and written as a PNG: into target/screenshots/ by
 * default, into the repository's docs/screenshots/ with {@code -Dwarroom.screenshots=docs}, so an
 * ordinary build never changes the committed pictures; {@code -Dwarroom.screenshots=/some/folder} takes
 * the documentation's full set (every theme and language) into that folder instead, to look at them
 * without touching the committed ones.
 */
record Screenshot(Path file, int width, int height, int colours, double brightnessSpread) {

    /** Whether this run takes the documentation's full set ({@code -Dwarroom.screenshots=docs}, or a folder of one's own). */
    static boolean forDocs() {
        String asked = System.getProperty("warroom.screenshots", "");
        return !asked.isBlank();
    }

    /**
     * The themes a run pictures: all three for the documentation; war-room dark alone in an ordinary build, which keeps
     * one asserted picture of each view and leaves the other themes and languages to the docs run.
     */
    static java.util.List<dev.warroom.console.theme.Theme> themes() {
        return forDocs() ? java.util.List.of(dev.warroom.console.theme.Theme.WAR_ROOM_DARK, dev.warroom.console.theme.Theme.DAYLIGHT,
                dev.warroom.console.theme.Theme.PROJECTOR) : java.util.List.of(dev.warroom.console.theme.Theme.WAR_ROOM_DARK);
    }

    /** The Chinese scripts a run pictures besides English: both for the documentation, none in an ordinary build. */
    static java.util.List<java.util.Locale> chineseScripts() {
        return forDocs() ? java.util.List.of(dev.warroom.console.i18n.Messages.TRADITIONAL_CHINESE,
                dev.warroom.console.i18n.Messages.SIMPLIFIED_CHINESE) : java.util.List.of();
    }

    /** Where the pictures go for this run. */
    static Path folder() {
        String asked = System.getProperty("warroom.screenshots", "");
        if ("docs".equals(asked)) {
            return Path.of(System.getProperty("warroom.root", "../..")).resolve("docs").resolve("screenshots");
        }
        if (!asked.isBlank()) {
            return Path.of(asked);
        }
        return Path.of("target", "screenshots");
    }

    /**
     * Renders {@code scene}, with the notifications its window shows over it, into {@code name}.png
     * in {@link #folder()} and measures the picture as written.
     */
    static Screenshot take(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int[][] size = new int[1][];
        int[] argb = WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = scene.snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] pixels = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
            for (Window window : Window.getWindows()) {
                if (window instanceof PopupWindow popup && popup.isShowing() && popup.getOwnerWindow() == scene.getWindow()
                        && popup.getScene().getRoot().lookup(".notification-bar") != null) {
                    drawOver(pixels, w, h, popup.getScene().snapshot(null), (int) Math.round(popup.getX() - scene.getWindow().getX()
                            - scene.getX()), (int) Math.round(popup.getY() - scene.getWindow().getY() - scene.getY()));
                }
            }
            size[0] = new int[] {w, h};
            return pixels;
        }).get(30, TimeUnit.SECONDS);
        int width = size[0][0];
        int height = size[0][1];
        Path file = folder().resolve(name + ".png");
        Files.createDirectories(file.getParent());
        CompactPng.write(argb, width, height, file);
        BufferedImage written = ImageIO.read(file.toFile());
        int[] pixels = written.getRGB(0, 0, written.getWidth(), written.getHeight(), null, 0, written.getWidth());
        return new Screenshot(file, written.getWidth(), written.getHeight(), colours(pixels), brightnessSpread(pixels));
    }

    /** Blends {@code popup} over {@code pixels} with its top-left corner at ({@code left}, {@code top}). */
    private static void drawOver(int[] pixels, int width, int height, WritableImage popup, int left, int top) {
        PixelReader reader = popup.getPixelReader();
        for (int y = 0; y < (int) popup.getHeight(); y++) {
            for (int x = 0; x < (int) popup.getWidth(); x++) {
                int tx = left + x;
                int ty = top + y;
                if (tx < 0 || ty < 0 || tx >= width || ty >= height) {
                    continue;
                }
                int over = reader.getArgb(x, y);
                int alpha = over >>> 24;
                int under = pixels[ty * width + tx];
                int r = (((over >> 16) & 0xFF) * alpha + ((under >> 16) & 0xFF) * (255 - alpha)) / 255;
                int g = (((over >> 8) & 0xFF) * alpha + ((under >> 8) & 0xFF) * (255 - alpha)) / 255;
                int b = ((over & 0xFF) * alpha + (under & 0xFF) * (255 - alpha)) / 255;
                pixels[ty * width + tx] = 0xFF000000 | (r << 16) | (g << 8) | b;
            }
        }
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
