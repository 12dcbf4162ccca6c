package dev.warroom.importer.encoding;

import java.util.List;

/**
 * A character of the repaired text chosen where a byte was lost, with the others that fitted as well.
 *
 * @param line 1-based line in the repaired text
 * @param column 1-based column (in code points) in the repaired text
 * @param chosen the character put in the text
 * @param candidates the chosen one first, then the others that tied with it
 * @param context a few characters either side, for a person to check
 */
public record UncertainCharacter(int line, int column, String chosen, List<String> candidates, String context) {

    public UncertainCharacter {
        candidates = List.copyOf(candidates);
    }
}
