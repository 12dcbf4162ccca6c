package dev.warroom.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The fonts a PDF embeds: a CJK TrueType font (a .ttf or a .ttc collection, which PDFBox embeds as it is; the
 * CFF-based OpenType of Noto CJK it does not embed well), and a Latin one for when there is no CJK font.
 *
 * @param cjk   a TrueType font with Chinese glyphs, if the machine has one
 * @param latin a TrueType font for Latin text and symbols, used only without a CJK font
 */
public record PdfFonts(Optional<Path> cjk, Optional<Path> latin) {

    /** Names a TrueType font file that takes precedence over the ones searched for. */
    public static final String FONT_ENVIRONMENT_VARIABLE = "WARROOM_REPORT_FONT";

    private static final List<String> CJK_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid/DroidSansFallbackFull.ttf",
            "C:\\Windows\\Fonts\\msjh.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\mingliu.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");

    private static final List<String> LATIN_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "C:\\Windows\\Fonts\\arial.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf");

    public PdfFonts {
        cjk = cjk == null ? Optional.empty() : cjk;
        latin = latin == null ? Optional.empty() : latin;
    }

    /** The fonts this machine has: {@value #FONT_ENVIRONMENT_VARIABLE} if it names a TrueType file, else the usual places. */
    public static PdfFonts onThisMachine() {
        Optional<Path> chosen = Optional.ofNullable(System.getenv(FONT_ENVIRONMENT_VARIABLE))
                .filter(name -> !name.isBlank())
                .map(Path::of)
                .filter(PdfFonts::trueType);
        Optional<Path> cjk = chosen.or(() -> first(CJK_CANDIDATES));
        return new PdfFonts(cjk, first(LATIN_CANDIDATES));
    }

    /** No font at all: the PDF falls back to the PDF base fonts, which have no Chinese. */
    public static PdfFonts none() {
        return new PdfFonts(Optional.empty(), Optional.empty());
    }

    private static Optional<Path> first(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(PdfFonts::trueType).findFirst();
    }

    private static boolean trueType(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".ttc")) && Files.isRegularFile(path) && Files.isReadable(path);
    }
}
