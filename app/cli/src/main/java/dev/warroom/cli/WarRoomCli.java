package dev.warroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warroom} command line. */
@Command(name = "warroom", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Disaster-recovery incident command: validate plans, run incidents and drills, write reports.",
        subcommands = {ValidateCommand.class, RunCommand.class, ResumeCommand.class, VerifyCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class WarRoomCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new WarRoomCli());
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        return cli.execute(args);
    }
}
