package dev.warroom.importer.encoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes UTF-8 read as Windows-1252 or Latin-1: the text is mapped back to its bytes and decoded as UTF-8; a character
 * whose bytes were cut short is chosen among the candidates by {@link LostCharacterChooser}, and listed as an
 * {@link UncertainCharacter} when its best candidates tie.
 */
final class MojibakeRepair {

    /** Characters either side of an uncertain one shown to the person checking it. */
    private static final int CONTEXT = 8;

    private final LostCharacterChooser chooser = new LostCharacterChooser(new CharacterFrequency());

    DecodedDocument repairIfGarbled(String text, String encoding, List<String> notes) {
        MojibakeSurvey survey = MojibakeSurvey.of(text);
        if (!survey.looksMisread()) {
            return new DecodedDocument(text, encoding, false, notes, List.of());
        }
        Reassembly reassembly = Reassembly.of(text);
        List<LostCharacterChooser.Choice> choices = chooser.choose(reassembly);
        int[] codePoints = reassembly.codePoints();
        String repaired = new String(codePoints, 0, reassembly.length());
        List<UncertainCharacter> uncertain = uncertain(codePoints, reassembly.length(), choices);
        String misreadAs = misreadAs(text, survey);
        String described = encoding + " holding UTF-8 read as " + misreadAs
                + (choices.isEmpty() ? "" : ", some bytes lost");
        List<String> all = new ArrayList<>(notes);
        all.add(String.format("The text was UTF-8 whose bytes had been read as %s: %d characters were recovered whole.",
                misreadAs, reassembly.recoveredSequences()));
        if (!choices.isEmpty()) {
            all.add(String.format("%d characters had lost a byte (one Windows-1252 drops); each was chosen among the characters"
                    + " whose UTF-8 fits the surviving bytes, by what ICU's dictionary charges for the whole run of text it"
                    + " stands in, and by word, neighbour and frequency evidence; %d of them were close calls and are listed as"
                    + " uncertain.", choices.size(), uncertain.size()));
        }
        if (chooser.runsLeftAlone() > 0) {
            all.add(String.format("The document is long: in %d runs of Chinese text towards its end, the damaged characters"
                    + " were chosen one at a time rather than together (less accurate), to keep the import fast.",
                    chooser.runsLeftAlone()));
        }
        return DecodedDocument.repaired(repaired, described, all, uncertain, new Misreading(encoding, misreadAs, !choices.isEmpty()));
    }

    private static String misreadAs(String text, MojibakeSurvey survey) {
        boolean windows1252 = text.codePoints().anyMatch(MisreadUtf8::isWindowsOnly);
        boolean latin1 = survey.c1Controls() > 0;
        if (windows1252 && latin1) {
            return "Windows-1252 or Latin-1";
        }
        return latin1 ? "Latin-1" : "Windows-1252";
    }

    private static List<UncertainCharacter> uncertain(int[] codePoints, int length, List<LostCharacterChooser.Choice> choices) {
        List<UncertainCharacter> listed = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int next = 0;
        for (LostCharacterChooser.Choice choice : choices) {
            if (!choice.uncertain()) {
                continue;
            }
            int position = choice.sequence().position();
            for (; next < position; next++) {
                if (codePoints[next] == '\n') {
                    line++;
                    lineStart = next + 1;
                }
            }
            List<String> candidates = new ArrayList<>();
            for (int candidate : choice.close()) {
                candidates.add(Character.toString(candidate));
            }
            listed.add(new UncertainCharacter(line, position - lineStart + 1, candidates.get(0), candidates,
                    context(codePoints, length, position)));
        }
        return listed;
    }

    private static String context(int[] codePoints, int length, int position) {
        StringBuilder context = new StringBuilder();
        for (int i = Math.max(0, position - CONTEXT); i < Math.min(length, position + CONTEXT + 1); i++) {
            int codePoint = codePoints[i];
            context.appendCodePoint(codePoint == '\n' || codePoint == '\r' ? ' ' : codePoint);
        }
        return context.toString();
    }
}
