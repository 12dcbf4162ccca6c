package dev.warroom.report.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A TrueType font cut down to the characters a text uses, as a standalone .ttf: a few kilobytes of a CJK font
 * that weighs megabytes. Of a collection (.ttc) the first font is taken.
 */
public final class FontSubset {

    private FontSubset() {
    }

    /**
     * The glyphs of {@code font} for the CJK characters of {@code text} that it has, or an empty array when it
     * has none of them (then there is nothing worth inlining).
     */
    public static byte[] of(Path font, String text) throws IOException {
        Set<Integer> wanted = new TreeSet<>();
        text.codePoints().filter(cp -> CjkText.in(Character.toString(cp))).forEach(wanted::add);
        if (wanted.isEmpty()) {
            return new byte[0];
        }
        if (font.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            try (TrueTypeCollection collection = new TrueTypeCollection(font.toFile())) {
                byte[][] first = new byte[1][];
                collection.processAllFonts(ttf -> {
                    if (first[0] == null) {
                        first[0] = subset(ttf, wanted);
                    }
                });
                return first[0] == null ? new byte[0] : first[0];
            }
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            return subset(ttf, wanted);
        }
    }

    private static byte[] subset(TrueTypeFont ttf, Set<Integer> wanted) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        TTFSubsetter subsetter = new TTFSubsetter(ttf);
        int kept = 0;
        for (int codePoint : wanted) {
            if (cmap.getGlyphId(codePoint) != 0) {
                subsetter.add(codePoint);
                kept++;
            }
        }
        if (kept == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }
}
