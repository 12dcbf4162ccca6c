package dev.warroom.connectors.lab;

/** The short pause between two looks at a condition the lab waits for (always bounded by a deadline). */
final class Pause {

    private Pause() {
    }

    static void briefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while waiting", e);
        }
    }
}
