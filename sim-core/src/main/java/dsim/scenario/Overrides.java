package dsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts command-line overrides into a scenario's YAML tree before validation. The tree is
 * immutable, so each override rebuilds the nodes on its path; nodes it creates carry its
 * {@link YamlNode.Position} so that problems with them name the override, not the file.
 */
final class Overrides {

    /** Enough alternatives to spot a typo; a list of thousands would bury the message. */
    private static final int MAX_LISTED = 12;

    private final List<OverridePath.Step> steps;
    private final YamlNode.Scalar value;
    private final YamlNode.Position at;

    private Overrides(List<OverridePath.Step> steps, YamlNode.Scalar value, YamlNode.Position at) {
        this.steps = steps;
        this.value = value;
        this.at = at;
    }

    /** {@code root} with each override applied in order; one that cannot be applied is a problem and is skipped. */
    static YamlNode apply(YamlNode root, List<ScenarioOverride> overrides, Problems problems) {
        if (!(root instanceof YamlNode.Mapping)) {
            return root; // the validator reports a root that is no mapping; paths into it would only repeat that
        }
        YamlNode out = root;
        for (ScenarioOverride o : overrides) {
            YamlNode.Position at = YamlNode.Position.of(o);
            try {
                List<OverridePath.Step> steps = OverridePath.parse(o.path()).steps();
                out = new Overrides(steps, OverrideValue.read(o.value(), at, o.path()), at).set(out, 0, "");
            } catch (OverrideException e) {
                problems.add(at, e.path(), e.getMessage());
            }
        }
        return out;
    }

    /** {@code node} (null if absent) with the value put at the steps from {@code i} on; {@code path} leads to it. */
    private YamlNode set(YamlNode node, int i, String path) throws OverrideException {
        if (i == steps.size()) {
            return value;
        }
        OverridePath.Step step = steps.get(i);
        if (step instanceof OverridePath.Key k) {
            return setKey(node, k.key(), i, path);
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            throw notA("a list", node, path, "item " + step.after(""));
        }
        int index = find(list.items(), step, path);
        List<YamlNode> items = new ArrayList<>(list.items());
        items.set(index, set(items.get(index), i + 1, step.after(path)));
        return new YamlNode.Sequence(list.at(), items);
    }

    private YamlNode setKey(YamlNode node, String key, int i, String path) throws OverrideException {
        YamlNode.Mapping map;
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            map = new YamlNode.Mapping(at, Map.of()); // absent or `key:` with nothing: the override creates it
        } else if (node instanceof YamlNode.Mapping m) {
            map = m;
        } else {
            throw notA("a mapping", node, path, "key \"" + Values.shown(key) + "\"");
        }
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(map.entries());
        YamlNode.Entry old = entries.get(key);
        YamlNode child = set(old == null ? null : old.value(), i + 1, KeyPath.child(path, key));
        entries.put(key, new YamlNode.Entry(key, old == null ? at : old.keyAt(), child));
        return new YamlNode.Mapping(map.at(), entries);
    }

    /** The index in {@code items} that {@code step} selects. */
    private static int find(List<YamlNode> items, OverridePath.Step step, String path) throws OverrideException {
        if (step instanceof OverridePath.Index ix) {
            if (ix.index() < items.size()) {
                return ix.index();
            }
            String has = items.isEmpty() ? "has no items" : "has " + items.size() + (items.size() == 1 ? " item, [0]"
                    : " items, [0] to [" + (items.size() - 1) + "]");
            throw new OverrideException(step.after(path), "index out of range: " + KeyPath.display(path) + " " + has);
        }
        List<String> known = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String id = idOf(items.get(i), step);
            if (id != null && id.equals(idOf(step))) {
                return i;
            }
            if (id != null) {
                known.add(id);
            }
        }
        String what = step instanceof OverridePath.Link l
                ? "no entry from \"" + Values.shown(l.from()) + "\" to \"" + Values.shown(l.to()) + "\""
                : "no item named \"" + Values.shown(idOf(step)) + "\"";
        String hint = known.isEmpty() ? " (" + KeyPath.display(path) + " has no items to select by "
                + (step instanceof OverridePath.Link ? "from and to)" : "name)")
                : hint(idOf(step), known);
        throw new OverrideException(step.after(path), what + hint);
    }

    /** As {@link DidYouMean#hint}, but a list of thousands of items is cut short. */
    private static String hint(String got, List<String> known) {
        String s = DidYouMean.suggest(got, known);
        if (s != null) {
            return ", did you mean \"" + Values.shown(s) + "\"?";
        }
        List<String> shown = known.size() <= MAX_LISTED ? known : known.subList(0, MAX_LISTED);
        return ", expected one of: " + String.join(", ", shown) + (known.size() > MAX_LISTED ? ", ..." : "");
    }

    /** What a name or link step looks for: {@code name} or {@code from->to}. */
    private static String idOf(OverridePath.Step step) {
        return step instanceof OverridePath.Link l ? l.from() + "->" + l.to() : ((OverridePath.Named) step).name();
    }

    /** The same for a list item, or null if it has none. */
    private static String idOf(YamlNode item, OverridePath.Step step) {
        if (!(item instanceof YamlNode.Mapping m)) {
            return null;
        }
        if (step instanceof OverridePath.Link) {
            return Values.isText(m.get("from")) && Values.isText(m.get("to"))
                    ? Values.text(m.get("from")) + "->" + Values.text(m.get("to")) : null;
        }
        return Values.isText(m.get("name")) ? Values.text(m.get("name")) : null;
    }

    /** Stepping into a value that cannot hold {@code wanted}, or into nothing. */
    private static OverrideException notA(String kind, YamlNode node, String path, String wanted) {
        String is = node == null || node instanceof YamlNode.Scalar s && s.isNull() ? "is not set"
                : "is " + node.describe() + ", not " + kind;
        return new OverrideException(KeyPath.display(path), is + ", so it has no " + wanted);
    }
}
