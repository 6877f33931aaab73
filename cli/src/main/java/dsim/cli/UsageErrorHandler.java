package dsim.cli;

import dsim.text.Echo;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error in one line, with picocli's suggestion and where to read more:
 * {@code dsim run: Unknown option: '--sed'; did you mean '--seed'? Try 'dsim run --help'.}
 * A full usage text would bury the one thing that went wrong.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private static final int MAX_SUGGESTIONS = 3;
    /** How picocli quotes what was typed: {@code Unknown option: '--sed'}. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private final Terminal terminal;

    UsageErrorHandler(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = terminal.err();
        String command = cl.getCommandSpec().qualifiedName();
        err.println(command + ": " + echoed(ex.getMessage()) + suggestion(ex)
                + " Try '" + command + " --help'.");
        err.flush();
        return ExitCode.USAGE;
    }

    /**
     * picocli's message with each argument it quotes cut where long ({@link Echo}), and the
     * whole cut as well should the arguments be many, or hold quotes themselves.
     */
    static String echoed(String message) {
        String each = QUOTED.matcher(message).replaceAll(m -> Matcher.quoteReplacement("'" + Echo.of(m.group(1)) + "'"));
        return Echo.of(each, 2 * Echo.MAX);
    }

    private static String suggestion(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched)) {
            return ex.getMessage().endsWith(".") ? "" : ".";
        }
        List<String> closest = closest(unmatched.getUnmatched(), unmatched.getSuggestions());
        if (closest.isEmpty()) {
            return ".";
        }
        return "; did you mean " + closest.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" or ")) + "?";
    }

    /**
     * Picocli suggests every option sharing a two-letter prefix ({@code --sed}: {@code --semantics},
     * {@code --seed}); keep only those nearest in edit distance to what was typed.
     */
    static List<String> closest(List<String> unmatched, List<String> suggestions) {
        if (unmatched.isEmpty() || suggestions.isEmpty()) {
            return List.of();
        }
        String typed = unmatched.get(0);
        int eq = typed.indexOf('=');
        String name = eq > 0 ? typed.substring(0, eq) : typed;
        int best = suggestions.stream().mapToInt(s -> distance(name, s)).min().orElse(0);
        return suggestions.stream().filter(s -> distance(name, s) == best).limit(MAX_SUGGESTIONS).toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
