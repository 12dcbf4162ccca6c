package dev.warroom.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warroom} command line. */
@Command(name = "warroom", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Disaster-recovery incident command: validate plans, run incidents and drills, write reports.",
        subcommands = {ValidateCommand.class, RunCommand.class, ResumeCommand.class, StateCommand.class, VerifyCommand.class,
                ReportCommand.class, LabCommand.class, CommandLine.HelpCommand.class})
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
        cli.setOut(SafeTerminalWriter.around(cli.getOut()));
        cli.setErr(SafeTerminalWriter.around(cli.getErr()));
        listExitCodes(cli);
        return cli;
    }

    /** Every command's --help ends with what its exit codes mean. */
    private static void listExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.described());
        command.getSubcommands().values().forEach(WarRoomCli::listExitCodes);
    }
}
