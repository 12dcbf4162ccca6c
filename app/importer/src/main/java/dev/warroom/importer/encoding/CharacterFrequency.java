package dev.warroom.importer.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.HashMap;
import java.util.Map;
import org.mozilla.universalchardet.prober.distributionanalysis.Big5DistributionAnalysis;
import org.mozilla.universalchardet.prober.distributionanalysis.GB2312DistributionAnalysis;

/**
 * How common a Chinese character is, from the frequency tables juniversalchardet ships (Mozilla's character
 * distribution tables for Big5, Traditional, and GB2312, Simplified): the character's rank, 0 for the most frequent.
 */
final class CharacterFrequency {

    /** The rank of a character neither table lists. */
    static final int UNRANKED = Integer.MAX_VALUE;

    private final RankTable big5 = new RankTable(new Big5Ranks(), Charset.forName("Big5"));
    private final RankTable gb2312 = new RankTable(new Gb2312Ranks(), Charset.forName("GB2312"));

    /** Ranks already looked up: the same few thousand candidates recur throughout a document. */
    private final Map<Integer, Integer> known = new HashMap<>();

    int rank(int codePoint) {
        return known.computeIfAbsent(codePoint, c -> Math.min(big5.rank(c), gb2312.rank(c)));
    }

    /** A table indexed by a character's position in its encoding. */
    private interface Ranked {
        int rankAt(byte[] encoded);
    }

    private static final class RankTable {
        private final Ranked ranks;
        private final CharsetEncoder encoder;

        RankTable(Ranked ranks, Charset charset) {
            this.ranks = ranks;
            this.encoder = charset.newEncoder();
        }

        int rank(int codePoint) {
            if (!Character.isBmpCodePoint(codePoint) || !encoder.canEncode((char) codePoint)) {
                return UNRANKED;
            }
            try {
                ByteBuffer encoded = encoder.reset().encode(CharBuffer.wrap(Character.toChars(codePoint)));
                if (encoded.remaining() != 2) {
                    return UNRANKED;
                }
                byte[] pair = new byte[2];
                encoded.get(pair);
                return ranks.rankAt(pair);
            } catch (CharacterCodingException notInTheTable) {
                return UNRANKED;
            }
        }
    }

    private static int rankAt(int order, int[] charToFreqOrder) {
        return order >= 0 && order < charToFreqOrder.length ? charToFreqOrder[order] : UNRANKED;
    }

    /** Reaches the Big5 table through the analysis class, which keeps it for its subclasses. */
    private static final class Big5Ranks extends Big5DistributionAnalysis implements Ranked {
        @Override
        public int rankAt(byte[] encoded) {
            return CharacterFrequency.rankAt(getOrder(encoded, 0), charToFreqOrder);
        }
    }

    private static final class Gb2312Ranks extends GB2312DistributionAnalysis implements Ranked {
        @Override
        public int rankAt(byte[] encoded) {
            return CharacterFrequency.rankAt(getOrder(encoded, 0), charToFreqOrder);
        }
    }
}
