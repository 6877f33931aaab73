package dsim.cli;

import dsim.spec.Semantics;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hunt-target convention of bundled scenarios: a top-level comment line
 * {@code # hunt-target: exactly-once} (several semantics comma-separated) names the semantics
 * whose expectations the scenario means to break now and then, for {@code dsim hunt} to find.
 */
final class HuntTargets {

    private static final Pattern LINE = Pattern.compile("^# hunt-target: (.+)$", Pattern.MULTILINE);

    private HuntTargets() {
    }

    /** The semantics the comment lines of {@code text} name, in file order; unknown names are skipped. */
    static List<Semantics> in(String text) {
        List<Semantics> targets = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            for (String name : m.group(1).split(",")) {
                Semantics s = Semantics.fromId(name.strip());
                if (s != null && !targets.contains(s)) {
                    targets.add(s);
                }
            }
        }
        return List.copyOf(targets);
    }
}
