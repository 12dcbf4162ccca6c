package dev.warroom.cli;

import dev.warroom.core.plan.load.PlanSchemaText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warroom schema [--out FILE]}: the plan JSON Schema this version validates against, for an editor
 * (yaml-language-server) to complete and check a plan kept anywhere, offline.
 */
@Command(name = "schema", description = {"Write the plan JSON Schema this version validates against, for editors.",
        "Put it beside your plans (warroom schema --out schema/plan.schema.json) and start each plan with",
        "# yaml-language-server: $schema=./schema/plan.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the schema to FILE (its folders are created) instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String schema = PlanSchemaText.json();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(schema);
            stdout.flush();
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(out, schema, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(out + ": cannot write the schema: " + reason(e));
            err.flush();
            return ExitCodes.USAGE;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote the plan schema to " + out + "; a plan in this folder names it in its first line (a path relative to the plan):");
        stdout.println("# yaml-language-server: $schema=" + suggestedName());
        stdout.flush();
        return ExitCodes.OK;
    }

    /** The comment for a plan in the folder the command ran in (an absolute FILE is named as it is). */
    private String suggestedName() {
        String name = out.normalize().toString().replace('\\', '/');
        if (out.isAbsolute()) {
            return name;
        }
        return name.startsWith("../") || name.startsWith("./") ? name : "./" + name;
    }

    private static String reason(IOException e) {
        return IoReasons.of(e);
    }
}
