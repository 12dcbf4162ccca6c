package dev.warroom.importer.mermaid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The mermaid blocks of the seed documents, with the document line of each block's first content line. */
final class SeedGraphs {

    record Graph(String seed, int firstLine, String source) {
        @Override
        public String toString() {
            return seed + " line " + firstLine;
        }
    }

    private SeedGraphs() {
    }

    static List<Graph> all() throws IOException {
        Path root = Path.of(System.getProperty("warroom.root", "../.."), "plans", "sources");
        List<Graph> graphs = new ArrayList<>();
        try (var files = Files.list(root)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().equals("```mermaid")) {
                        int end = i + 1;
                        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                            end++;
                        }
                        graphs.add(new Graph(seed.getFileName().toString().substring(0, 3), i + 2, String.join("\n", lines.subList(i + 1, end))));
                        i = end;
                    }
                }
            }
        }
        return graphs;
    }

    static Graph of(String seed, String firstContentLine) throws IOException {
        return all().stream().filter(g -> g.seed().equals(seed) && g.source().strip().startsWith(firstContentLine)).findFirst().orElseThrow();
    }
}
