package dsim.report.story;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for explanations in a terminal or under a diagram. */
final class Wrap {

    private Wrap() {
    }

    /** {@code text} in lines of at most {@code width} characters, breaking at spaces (a longer word stays whole). */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // A link "a -> b" reads as one word: never break around its arrow.
        for (String spaced : text.replace(" -> ", "\u0000->\u0000").split(" ")) {
            String word = spaced.replace('\u0000', ' ');
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
