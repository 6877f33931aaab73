package dsim.cli;

import dsim.report.ShellWords;

/**
 * The command that runs dsim, as the user typed it, for the lines dsim prints to reproduce a
 * run: the {@code dsim} launcher script says how it was invoked ({@code ./dsim}, or
 * {@code dsim} from the PATH) in {@code DSIM_LAUNCHER}; without it (the jar run directly, or
 * a test) it is {@code dsim}.
 */
final class Launcher {

    private Launcher() {
    }

    /** The launcher's name, quoted for a shell if it needs to be. */
    static String name() {
        String invoked = System.getenv("DSIM_LAUNCHER");
        if (invoked == null || invoked.isBlank() || invoked.chars().anyMatch(Character::isISOControl)) {
            return "dsim";
        }
        return ShellWords.word(invoked);
    }
}
