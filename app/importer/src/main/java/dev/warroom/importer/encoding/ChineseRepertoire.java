package dev.warroom.importer.encoding;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Set;

/**
 * The characters a Chinese document in everyday use is written with: Big5's for a document in Traditional characters,
 * GB2312's for one in Simplified characters (told apart by the intact characters only one of the two encodes), either
 * when the document does not say. A lost character outside it (a rare CJK Extension A character, or a Simplified form
 * in a Traditional document) is less plausible than one inside it.
 */
final class ChineseRepertoire {

    private enum Script { TRADITIONAL, SIMPLIFIED, EITHER }

    private final CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
    private final CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    private final Script script;

    /** Judges the document's script from its intact characters (each counted once). */
    ChineseRepertoire(Set<Integer> intact) {
        int traditionalOnly = 0;
        int simplifiedOnly = 0;
        for (int codePoint : intact) {
            if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
                continue;
            }
            boolean inBig5 = encodes(big5, codePoint);
            boolean inGb = encodes(gb2312, codePoint);
            if (inBig5 && !inGb) {
                traditionalOnly++;
            } else if (inGb && !inBig5) {
                simplifiedOnly++;
            }
        }
        // a clear majority only: a Traditional document quoting a few Simplified words is still Traditional
        script = traditionalOnly > 3 * simplifiedOnly && traditionalOnly >= 10 ? Script.TRADITIONAL
                : simplifiedOnly > 3 * traditionalOnly && simplifiedOnly >= 10 ? Script.SIMPLIFIED : Script.EITHER;
    }

    /** Whether the character is in the repertoire the document is written with. */
    boolean contains(int codePoint) {
        return switch (script) {
            case TRADITIONAL -> encodes(big5, codePoint);
            case SIMPLIFIED -> encodes(gb2312, codePoint);
            case EITHER -> encodes(big5, codePoint) || encodes(gb2312, codePoint);
        };
    }

    private static boolean encodes(CharsetEncoder encoder, int codePoint) {
        return Character.isBmpCodePoint(codePoint) && encoder.canEncode((char) codePoint);
    }
}
