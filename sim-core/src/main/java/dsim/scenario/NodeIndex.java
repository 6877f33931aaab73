package dsim.scenario;

import dsim.text.Echo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every node name in the file, in file order (producers, brokers, consumers), checked for
 * form and uniqueness before anything refers to them.
 */
final class NodeIndex {

    /** The three kinds of node, with the top-level key that lists them. */
    enum Kind {
        PRODUCER("producer", "producers"), BROKER("broker", "brokers"), CONSUMER("consumer", "consumers");

        final String noun;
        final String listKey;

        Kind(String noun, String listKey) {
            this.noun = noun;
            this.listKey = listKey;
        }
    }

    private record Named(Kind kind, String path, YamlNode.Position at) {
    }

    private final Map<String, Named> byName = new LinkedHashMap<>();
    private final Map<String, String> nameByItemPath = new HashMap<>(); // order-free: lookups only
    private final Map<Set<Kind>, List<String>> namesCache = new HashMap<>(); // order-free: lookups only

    private NodeIndex() {
    }

    /** Reads and checks the {@code name} of every node item; reports bad and duplicate names. */
    static NodeIndex collect(YamlNode.Mapping top, Values values) {
        NodeIndex index = new NodeIndex();
        for (Kind kind : Kind.values()) {
            if (top.get(kind.listKey) instanceof YamlNode.Sequence list) {
                for (int i = 0; i < list.items().size(); i++) {
                    if (list.items().get(i) instanceof YamlNode.Mapping item && item.get("name") != null) {
                        index.add(kind, KeyPath.index(kind.listKey, i), item.get("name"), values);
                    }
                }
            }
        }
        return index;
    }

    private void add(Kind kind, String itemPath, YamlNode nameNode, Values values) {
        String path = KeyPath.child(itemPath, "name");
        String name = values.name(nameNode, path);
        if (name == null) {
            return;
        }
        Named first = byName.get(name);
        if (first != null) {
            values.report(nameNode, path, "duplicate node name \"" + name + "\" (first used by " + first.path()
                    + " at " + first.at().where() + ")");
            return;
        }
        byName.put(name, new Named(kind, itemPath, nameNode.at()));
        nameByItemPath.put(itemPath, name);
    }

    /** The checked name of the item at {@code itemPath} (e.g. {@code brokers[0]}), or null. */
    String nameAt(String itemPath) {
        return nameByItemPath.get(itemPath);
    }

    /** The kind of the node called {@code name}, or null. */
    Kind kindOf(String name) {
        Named n = byName.get(name);
        return n == null ? null : n.kind();
    }

    /**
     * The node {@code n} names, which must be of one of {@code allowed}; null after a problem.
     * {@code noun} says what was expected: "node" lists every node as known, "consumer" only consumers.
     */
    String reference(Values values, YamlNode n, String path, Set<Kind> allowed, String noun) {
        String name = values.string(n, path);
        if (name == null) {
            return null;
        }
        Kind kind = kindOf(name);
        if (kind == null) {
            List<String> known = names(noun.equals("node") ? EnumSet.allOf(Kind.class) : allowed);
            String list = known.isEmpty() ? "none defined" : "known: " + shortList(known);
            String suggestion = DidYouMean.suggest(name, known);
            return values.report(n, path, "unknown " + noun + " \"" + Values.shown(name) + "\" (" + list + ")"
                    + (suggestion == null ? "" : ", did you mean \"" + suggestion + "\"?"));
        }
        if (!allowed.contains(kind)) {
            List<String> nouns = new ArrayList<>();
            for (Kind k : Kind.values()) {
                if (allowed.contains(k)) {
                    nouns.add("a " + k.noun);
                }
            }
            return values.report(n, path, "\"" + name + "\" is a " + kind.noun + ", expected " + String.join(" or ", nouns));
        }
        return name;
    }

    /** Names of the nodes of the given kinds, in file order. */
    List<String> names(Set<Kind> kinds) {
        return namesCache.computeIfAbsent(EnumSet.copyOf(kinds), this::computeNames);
    }

    private List<String> computeNames(Set<Kind> kinds) {
        List<String> out = new ArrayList<>();
        byName.forEach((name, named) -> {
            if (kinds.contains(named.kind())) {
                out.add(name);
            }
        });
        return List.copyOf(out);
    }

    private static String shortList(List<String> names) {
        // Twelve names of up to 100 characters would make a 1,200-character line.
        return Echo.of(names.size() <= 12 ? String.join(", ", names) : String.join(", ", names.subList(0, 12)) + ", ...");
    }
}
