package dsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * An override's key path split into steps: {@code network.links[a->b].loss} is the key
 * {@code network}, the key {@code links}, the entry from a to b, and the key {@code loss}.
 */
record OverridePath(List<Step> steps) {

    OverridePath {
        steps = List.copyOf(steps);
    }

    /** One step from a node to a node inside it. */
    sealed interface Step permits Key, Index, Named, Link {

        /** {@code parent}'s path extended by this step, as problems show it. */
        String after(String parent);
    }

    /** The value of a mapping's key. */
    record Key(String key) implements Step {
        @Override
        public String after(String parent) {
            return KeyPath.child(parent, key);
        }
    }

    /** A list item by position, from 0. */
    record Index(int index) implements Step {
        @Override
        public String after(String parent) {
            return KeyPath.index(parent, index);
        }
    }

    /** The first list item whose {@code name} is {@code name}. */
    record Named(String name) implements Step {
        @Override
        public String after(String parent) {
            return parent + "[" + Values.shown(name) + "]";
        }
    }

    /** The first list item with these {@code from} and {@code to}: a link entry. */
    record Link(String from, String to) implements Step {
        @Override
        public String after(String parent) {
            return parent + "[" + Values.shown(from) + "->" + Values.shown(to) + "]";
        }
    }

    private static final String EXAMPLE = "like consumers[user-inbox].crash.probability";

    /** The steps of {@code text}, which must start with a key. */
    static OverridePath parse(String text) throws OverrideException {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (true) {
            int end = i;
            while (end < text.length() && ".[]".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end == i) {
                throw new OverrideException(text, "expected keys separated by single dots, " + EXAMPLE);
            }
            steps.add(new Key(text.substring(i, end)));
            i = end;
            while (i < text.length() && text.charAt(i) == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw new OverrideException(text, "\"[\" without a closing \"]\"");
                }
                steps.add(selector(text, text.substring(i + 1, close).strip()));
                i = close + 1;
            }
            if (steps.size() > YamlReader.MAX_DEPTH) {
                throw new OverrideException(text, "nested more than " + YamlReader.MAX_DEPTH + " levels deep");
            }
            if (i == text.length()) {
                return new OverridePath(steps);
            }
            if (text.charAt(i) != '.') {
                throw new OverrideException(text, "expected \".\" or \"[\" after a key or \"]\", got \""
                        + text.charAt(i) + "\"; " + EXAMPLE);
            }
            i++;
        }
    }

    /** Digits select by index, {@code a->b} a link entry, anything else an item's name. */
    private static Step selector(String text, String s) throws OverrideException {
        if (s.isEmpty() || s.contains("[")) {
            throw new OverrideException(text, "expected an index, a name or from->to between \"[\" and \"]\", got \"["
                    + Values.shown(s) + "]\"");
        }
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return new Index(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                throw new OverrideException(text, "index [" + Values.shown(s) + "] is far beyond any list");
            }
        }
        int arrow = s.indexOf("->");
        if (arrow < 0) {
            return new Named(s);
        }
        String from = s.substring(0, arrow).strip();
        String to = s.substring(arrow + 2).strip();
        if (from.isEmpty() || to.isEmpty()) {
            throw new OverrideException(text, "expected a link as [from->to], like [auth-service->email-service], got \"["
                    + Values.shown(s) + "]\"");
        }
        return new Link(from, to);
    }
}
