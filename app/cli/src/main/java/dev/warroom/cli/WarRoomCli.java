package dev.warroom.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warroom} command line. */
@Command(name = "warroom", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Disaster-recovery incident command: validate plans, run incidents and drills, write reports.",
        subcommands = {ValidateCommand.class, SchemaCommand.class, PlansCommand.class, RunCommand.class, ResumeCommand.class, StateCommand.class, VerifyCommand.class,
                ReportCommand.class, AmendCommand.class, LabCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class WarRoomCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line writing to {@code out} and {@code err} instead of the console; returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(SafeTerminalWriter.around(out));
        cli.setErr(SafeTerminalWriter.around(err));
        return cli.execute(args);
    }

    private static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WarRoomCli());
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(SafeTerminalWriter.around(utf8(System.out)));
        cli.setErr(SafeTerminalWriter.around(utf8(System.err)));
        listExitCodes(cli);
        return cli;
    }

    /** UTF-8 whatever the locale: under LC_ALL=C the JDK's own encoding would print every Chinese title as '?'. */
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Every command's --help ends with what its exit codes mean: its own list where it declares one, else the shared one. */
    private static void listExitCodes(CommandLine command) {
        var usage = command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
        if (usage.exitCodeList().isEmpty()) {
            usage.exitCodeList(ExitCodes.described());
        }
        command.getSubcommands().values().forEach(WarRoomCli::listExitCodes);
    }
}
