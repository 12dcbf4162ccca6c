package dev.warroom.importer;

import java.nio.file.Path;

/** The five source documents in plans/sources and the hand-written plans beside them. */
enum Seeds {
    AI_WORKFLOW("000_09539dfa477d1388.txt", "ai-workflow"),
    AI_WORKFLOW_GARBLED("001_785f90abe9d4ddce.txt", "ai-workflow"),
    CHATOPS("002_17dca04e92502f9e.txt", "chatops"),
    AUTO_VIDEO("003_a874f51ece7c7f8b.txt", "auto-video"),
    GEMINI("004_d185dd5c8fa44b92.txt", "gemini-image-toolbox");

    final String file;
    final String plan;

    Seeds(String file, String plan) {
        this.file = file;
        this.plan = plan;
    }

    static Path root() {
        return Path.of(System.getProperty("warroom.root", "../.."));
    }

    Path document() {
        return root().resolve("plans").resolve("sources").resolve(file);
    }

    Path handWrittenPlan() {
        return root().resolve("plans").resolve(plan + ".yaml");
    }
}
