package dev.warroom.console.room.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the status bar's chips share a line too short for all of them: the longest give way first. */
class ProviderRowSharesTest {

    @Test
    void withRoomEveryChipKeepsItsWidth() {
        assertThat(ProviderRow.shares(new double[] {360, 135, 410}, new double[] {0, 0, 0}, 1000)).containsExactly(360, 135, 410);
    }

    @Test
    void shortOfRoomTheShortChipKeepsItsWordsAndTheLongOnesShareTheRestAlike() {
        double[] widths = ProviderRow.shares(new double[] {360, 340, 135, 410}, new double[] {0, 0, 0, 0}, 600);
        assertThat(widths[2]).as("dns · 0s ago").isEqualTo(135);
        assertThat(widths[0]).isEqualTo(widths[1]).isEqualTo(widths[3]).isEqualTo(155);
    }

    @Test
    void aChipThatMustKeepItsWidthKeepsItAndTheOthersShareWhatIsLeft() {
        double[] widths = ProviderRow.shares(new double[] {300, 200, 400}, new double[] {300, 0, 0}, 500);
        assertThat(widths).containsExactly(300, 100, 100);
    }
}
