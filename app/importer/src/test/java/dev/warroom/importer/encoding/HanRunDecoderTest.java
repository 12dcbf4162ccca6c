package dev.warroom.importer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Damaged characters of one run of Han text are chosen together, by the cost of the whole run: a word that a damaged
 * neighbour would form on its own (征服) no longer wins before that neighbour is chosen; a value is listed when another
 * costs nearly as much.
 */
class HanRunDecoderTest {

    private final HanRunDecoder decoder = new HanRunDecoder(new RunCost(new DictionaryCosts(), new CharacterFrequency()));

    @Test
    void twoDamagedNeighboursAreReadAsTheWordsTheyMakeTogether() {
        assertThat(decode("?服?池移除", List.of("征", "從", "徐"), List.of("業", "務"))).isEqualTo("從服務池移除");
    }

    @Test
    void aClearChoiceIsNotListedAndACloseOneIs() {
        int[] text = withDamage("?關?系統");
        Map<Integer, List<Integer>> candidates = new HashMap<>();
        candidates.put(0, codePoints("過", "非"));
        candidates.put(2, codePoints("鍵", "遵"));

        List<HanRunDecoder.Decision> decisions = decoder.decide(text, text.length, candidates);

        assertThat(decisions).hasSize(2);
        // 過|關鍵 and 非|關鍵 cost nearly the same; 鍵 is the only value that makes a word with 關
        assertThat(decisions.get(0).close()).containsExactlyInAnyOrder((int) '過', (int) '非');
        assertThat(decisions.get(1).close()).containsExactly((int) '鍵');

        int[] close = withDamage("滿足法?和客戶");
        List<HanRunDecoder.Decision> listed = decoder.decide(close, close.length, Map.of(3, codePoints("要", "規")));
        // 法規 is the cheaper word, 要 the far more common character: within a factor of 3 of each other
        assertThat(listed.get(0).close()).containsExactlyInAnyOrder((int) '規', (int) '要');
    }

    @Test
    void pastItsBudgetADocumentsRunsAreLeftToTheCharacterByCharacterChoice() {
        HanRunDecoder thrifty = new HanRunDecoder(new RunCost(new DictionaryCosts(), new CharacterFrequency()), 1);
        int[] text = withDamage("?服務 and ?服務器");
        Map<Integer, List<Integer>> candidates = Map.of(0, codePoints("征", "從"), 8, codePoints("征", "從"));

        List<HanRunDecoder.Decision> decisions = thrifty.decide(text, text.length, candidates);

        assertThat(decisions).extracting(HanRunDecoder.Decision::position).containsExactly(0);
        assertThat(thrifty.runsLeftAlone()).isEqualTo(1);
        assertThat(text[8]).isEqualTo(Reassembly.UNDECIDED);
    }

    /** The text with each {@code ?} damaged, the candidates given in order for each. */
    @SafeVarargs
    private String decode(String damaged, List<String>... candidatesInOrder) {
        int[] text = withDamage(damaged);
        Map<Integer, List<Integer>> candidates = new HashMap<>();
        int next = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == Reassembly.UNDECIDED) {
                candidates.put(i, codePoints(candidatesInOrder[next++].toArray(String[]::new)));
            }
        }
        decoder.decide(text, text.length, candidates);
        return new String(text, 0, text.length);
    }

    private static int[] withDamage(String damaged) {
        return damaged.codePoints().map(c -> c == '?' ? Reassembly.UNDECIDED : c).toArray();
    }

    private static List<Integer> codePoints(String... characters) {
        return java.util.Arrays.stream(characters).map(c -> c.codePointAt(0)).toList();
    }
}
