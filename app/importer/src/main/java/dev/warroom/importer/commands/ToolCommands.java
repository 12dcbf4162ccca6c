package dev.warroom.importer.commands;

import java.util.Optional;

/** The commands of one tool (az, aws, kubectl, curl, psql) that WarRoom has a native action for. */
interface ToolCommands {

    /** Empty when the command is not this tool's or no native action does what it does. */
    Optional<RecognizedCommand> recognize(CommandLine line, ShellState state);
}
