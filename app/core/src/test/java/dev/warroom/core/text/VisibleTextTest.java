package dev.warroom.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void escapeSequencesThatClearTheScreenOrSetTheTitleAreShownNotSent() {
        String hostile = "Promote\u001b[2J\u001b[H\u001b]0;pwned\u0007 replica\r";

        String shown = VisibleText.prose(hostile);

        assertThat(shown).doesNotContain("\u001b", "\u0007", "\r")
                .isEqualTo("Promote\\u001b[2J\\u001b[H\\u001b]0;pwned\\u0007 replica\\u000d");
    }

    @Test
    void directionOverridesAreEscapedInProseAndLineBreaksStay() {
        assertThat(VisibleText.prose("step \u202egnp.exe\u202c\nnext line\tcell"))
                .isEqualTo("step \\u202egnp.exe\\u202c\nnext line\tcell");
    }

    @Test
    void proseKeepsZeroWidthJoinersThatEmojiNeed() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69";
        assertThat(VisibleText.prose(family)).isEqualTo(family);
    }

    @Test
    void namesShowEveryInvisibleCharacterSoTwoDifferentNamesNeverLookAlike() {
        assertThat(VisibleText.name("fail\u200dover")).isEqualTo("fail\\u200dover");
        assertThat(VisibleText.name("db\u00a0west\ufeff")).isEqualTo("db\\u00a0west\\ufeff");
        assertThat(VisibleText.name("tag\uDB40\uDC01")).isEqualTo("tag\\u{e0001}");
        assertThat(VisibleText.hasInvisible("failover")).isFalse();
        assertThat(VisibleText.hasInvisible("fail\u200bover")).isTrue();
    }

    @Test
    void ordinaryTextIsReturnedUnchanged() {
        String text = "提升備援資料庫 — promote db-west (RTO 1h)";
        assertThat(VisibleText.prose(text)).isSameAs(text);
        assertThat(VisibleText.name("db-west")).isSameAs("db-west");
        assertThat(VisibleText.prose(null)).isNull();
    }

    @Property
    void proseNeverHoldsAControlCharacterOtherThanNewlineAndTab(@ForAll @StringLength(max = 40) String any) {
        assertThat(VisibleText.prose(any).codePoints())
                .noneMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')
                .noneMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    @Property
    void namesHoldNothingInvisible(@ForAll @StringLength(max = 40) String any) {
        String shown = VisibleText.name(any);
        assertThat(VisibleText.hasInvisible(shown)).isFalse();
        assertThat(shown.codePoints()).noneMatch(c -> Character.getType(c) == Character.FORMAT);
    }

    @Property
    void twoDifferentNamesNeverShowTheSame(
            @ForAll @StringLength(max = 12) @Chars({'a', 'b', '-', '\u200b', '\u200d', '\u202e', '\u2066', '\u00a0'}) @CharRange(from = 'x', to = 'z') String one,
            @ForAll @StringLength(max = 12) @Chars({'a', 'b', '-', '\u200b', '\u200d', '\u202e', '\u2066', '\u00a0'}) @CharRange(from = 'x', to = 'z') String other) {
        if (!one.equals(other)) {
            assertThat(VisibleText.name(one)).isNotEqualTo(VisibleText.name(other));
        }
    }
}
