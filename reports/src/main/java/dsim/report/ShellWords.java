package dsim.report;

import java.util.regex.Pattern;

/** Words of a printed command line, quoted only where a shell needs it, so the line pastes as is. */
public final class ShellWords {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellWords() {
    }

    /** {@code word} as one shell word: bare when safe, else single-quoted. */
    public static String word(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
