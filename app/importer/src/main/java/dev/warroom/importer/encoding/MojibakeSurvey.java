package dev.warroom.importer.encoding;

/**
 * What a text looks like once its characters are mapped back to the bytes Windows-1252 or Latin-1 read them from:
 * complete UTF-8 sequences, sequences cut short (a continuation byte lost), and bytes that fit no sequence.
 *
 * @param completeSequences multi-byte UTF-8 sequences found whole
 * @param shortSequences lead bytes followed by too few continuation bytes
 * @param strayBytes non-ASCII bytes that neither start nor continue a sequence
 * @param c1Controls characters U+0080 to U+009F, which only Latin-1 (not Windows-1252) gives
 */
record MojibakeSurvey(int completeSequences, int shortSequences, int strayBytes, int c1Controls) {

    /** The fewest whole sequences that count as evidence: one could be a legitimate "Ã©" in a Latin-1 text. */
    private static final int MIN_COMPLETE_SEQUENCES = 3;

    static MojibakeSurvey of(String text) {
        int complete = 0;
        int cutShort = 0;
        int stray = 0;
        int c1 = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint >= 0x80 && codePoint <= 0x9F) {
                c1++;
            }
            int b = MisreadUtf8.byteOf(codePoint);
            if (b < 0x80) {
                continue;
            }
            int needed = MisreadUtf8.sequenceLength(b) - 1;
            if (needed < 1) {
                stray++;
                continue;
            }
            int found = 0;
            while (found < needed && i < length) {
                int next = text.codePointAt(i);
                if (!MisreadUtf8.isContinuation(MisreadUtf8.byteOf(next))) {
                    break;
                }
                if (next >= 0x80 && next <= 0x9F) {
                    c1++;
                }
                i += Character.charCount(next);
                found++;
            }
            if (found == needed) {
                complete++;
            } else {
                cutShort++;
            }
        }
        return new MojibakeSurvey(complete, cutShort, stray, c1);
    }

    /**
     * Whether the text reads as UTF-8 bytes decoded with the wrong code page: enough whole sequences, and everything
     * else explained by lost continuation bytes rather than by ordinary accented Latin text.
     */
    boolean looksMisread() {
        return completeSequences >= MIN_COMPLETE_SEQUENCES
                && strayBytes * 10 <= completeSequences
                && shortSequences <= completeSequences;
    }
}
