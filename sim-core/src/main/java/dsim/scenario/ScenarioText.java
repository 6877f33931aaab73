package dsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Edits a scenario file as text, so that what a tool writes back keeps the author's comments
 * and layout: top-level keys removed, producers' message counts replaced, lines appended.
 */
public final class ScenarioText {

    private ScenarioText() {
    }

    /**
     * {@code text} with the top-level entries named in {@code remove} taken out (with every line
     * up to the next top-level key), each producer's {@code messages} value replaced by
     * {@code messages.get(i)} where it differs, and {@code appended} added at the end.
     *
     * @return the new text, or null if the file is not a block mapping at column 1 (a flow
     *         mapping, say), which this does not edit
     */
    public static String rewrite(String text, Set<String> remove, List<Long> messages, String appended) {
        YamlNode root = YamlReader.read(text, new Problems("<scenario>"));
        if (!(root instanceof YamlNode.Mapping top) || top.entries().isEmpty()
                || top.entries().values().stream().anyMatch(e -> e.keyAt().column() != 1)) {
            return null;
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (top.get("producers") instanceof YamlNode.Sequence producers) {
            for (int i = 0; i < producers.items().size() && i < messages.size(); i++) {
                if (producers.items().get(i) instanceof YamlNode.Mapping p
                        && p.get("messages") instanceof YamlNode.Scalar count
                        && !count.text().equals(Long.toString(messages.get(i)))) {
                    int line = count.at().line() - 1;
                    String l = lines.get(line);
                    int col = l.indexOf(count.text(), count.at().column() - 1);
                    if (col < 0) {
                        return null;
                    }
                    lines.set(line, l.substring(0, col) + messages.get(i) + l.substring(col + count.text().length()));
                }
            }
        }
        boolean[] drop = new boolean[lines.size()];
        List<YamlNode.Entry> entries = new ArrayList<>(top.entries().values());
        for (int k = 0; k < entries.size(); k++) {
            if (remove.contains(entries.get(k).key())) {
                int from = entries.get(k).keyAt().line() - 1;
                int to = k + 1 < entries.size() ? entries.get(k + 1).keyAt().line() - 1 : lines.size();
                for (int i = from; i < to; i++) {
                    drop[i] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                out.append(lines.get(i)).append('\n');
            }
        }
        return out.append(appended).toString();
    }
}
