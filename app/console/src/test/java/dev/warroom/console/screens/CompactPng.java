package dev.warroom.console.screens;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes a picture of the console as an 8-bit indexed PNG: the 256 colours it uses most, every other
 * colour drawn as the nearest of those. A screen of flat colours keeps them exactly; only the edges
 * of anti-aliased text lose a shade, and the file is about half the size of full colour.
 */
final class CompactPng {

    private static final int PALETTE = 256;

    private CompactPng() {
    }

    static void write(int[] argb, int width, int height, Path file) throws IOException {
        Map<Integer, Integer> uses = new HashMap<>();
        for (int pixel : argb) {
            uses.merge(pixel & 0xFFFFFF, 1, Integer::sum);
        }
        List<Map.Entry<Integer, Integer>> byUse = new ArrayList<>(uses.entrySet());
        byUse.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed());
        int size = Math.min(PALETTE, byUse.size());
        int[] palette = new int[size];
        byte[] red = new byte[size];
        byte[] green = new byte[size];
        byte[] blue = new byte[size];
        for (int i = 0; i < size; i++) {
            palette[i] = byUse.get(i).getKey();
            red[i] = (byte) (palette[i] >> 16);
            green[i] = (byte) (palette[i] >> 8);
            blue[i] = (byte) palette[i];
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, size, red, green, blue));
        byte[] indices = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Map<Integer, Byte> nearest = new HashMap<>();
        for (int i = 0; i < argb.length; i++) {
            indices[i] = nearest.computeIfAbsent(argb[i] & 0xFFFFFF, colour -> (byte) nearest(colour, palette));
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }

    /** The palette entry closest to {@code colour}, green weighing most and blue least, as the eye does. */
    private static int nearest(int colour, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = ((colour >> 16) & 0xFF) - ((palette[i] >> 16) & 0xFF);
            long dg = ((colour >> 8) & 0xFF) - ((palette[i] >> 8) & 0xFF);
            long db = (colour & 0xFF) - (palette[i] & 0xFF);
            long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
