package dsim.scenario;

import dsim.spec.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file as validation walks it, so all are reported at once. */
final class Problems {

    /** A broken file can produce thousands of follow-on problems; the first hundred are enough. */
    static final int MAX_SHOWN = 100;
    /** Beyond this many, problems are only counted: a hostile file must not exhaust memory. */
    static final int MAX_KEPT = 10_000;

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private int dropped;

    Problems(String file) {
        this.file = file;
    }

    void add(YamlNode.Position at, String path, String message) {
        if (list.size() >= MAX_KEPT) {
            dropped++;
            return;
        }
        list.add(new Problem(file, at.line(), at.column(), KeyPath.display(path), message, at.override()));
    }

    void add(YamlNode node, String path, String message) {
        add(node.at(), path, message);
    }

    /** Something legal but probably not what the author meant: reported, and the scenario still runs. */
    void warn(YamlNode node, String path, String message) {
        if (warnings.size() < MAX_SHOWN) {
            YamlNode.Position at = node.at();
            warnings.add(new Problem(file, at.line(), at.column(), KeyPath.display(path), message, at.override()));
        }
    }

    /** The warnings, in file order. */
    List<Problem> warnings() {
        List<Problem> out = new ArrayList<>(warnings);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int count() {
        return list.size() + dropped;
    }

    /**
     * The problems in file order (stable, so problems at one place keep the order they were found
     * in); problems with overrides (line 0) come first, as they may cause the file's.
     */
    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (out.size() > MAX_SHOWN) {
            Problem last = out.get(MAX_SHOWN - 1);
            int more = out.size() - MAX_SHOWN + dropped;
            out = new ArrayList<>(out.subList(0, MAX_SHOWN));
            out.add(new Problem(file, last.line(), last.column(), KeyPath.ROOT,
                    more + " more problems not shown; fix these first", last.override()));
        }
        return out;
    }

    /** Throws the collected problems, if any. */
    void throwIfAny() throws ScenarioException {
        if (!list.isEmpty()) {
            throw new ScenarioException(sorted());
        }
    }
}
