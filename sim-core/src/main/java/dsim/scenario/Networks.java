package dsim.scenario;

import dsim.spec.LinkOverride;
import dsim.spec.LinkSpec;
import dsim.spec.NetworkSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code network}: the default link faults and the per-direction entries merged over them. */
final class Networks {

    private static final String FAULTS_EXPECTED = "a mapping of link faults like { delay: 10ms, loss: 1% }";

    private Networks() {
    }

    /** The network at {@code n} (null: a perfect network), or null after reporting problems. */
    static NetworkSpec read(Values v, YamlNode n, NodeIndex index) {
        if (n == null) {
            return new NetworkSpec(LinkSpec.PERFECT, List.of());
        }
        Section sec = Section.of(v, n, "network", "a mapping with default and links");
        if (sec == null) {
            return null;
        }
        sec.allow(List.of("default", "links"));
        boolean valid = true;
        LinkSpec defaultLink = LinkSpec.PERFECT;
        if (sec.get("default") != null) {
            Section d = Section.of(v, sec.get("default"), sec.path("default"), FAULTS_EXPECTED);
            LinkFaults faults = d == null ? null : LinkFaults.read(d.allow(LinkFaults.KEYS));
            valid = faults != null && faults.valid();
            defaultLink = faults == null ? defaultLink : faults.over(LinkSpec.PERFECT);
        }
        List<LinkOverride> links = new ArrayList<>();
        if (sec.get("links") != null) {
            valid &= links(v, sec.get("links"), sec.path("links"), index, defaultLink, links);
        }
        return valid ? new NetworkSpec(defaultLink, links) : null;
    }

    /** Adds each valid entry to {@code out}; false if any entry had a problem. */
    private static boolean links(Values v, YamlNode n, String path, NodeIndex index, LinkSpec base,
                                 List<LinkOverride> out) {
        if (!(n instanceof YamlNode.Sequence list)) {
            v.wrongType(n, path, "a list of links like [ { from: a, to: b, loss: 1% } ]");
            return false;
        }
        List<String> keys = new ArrayList<>(List.of("from", "to"));
        keys.addAll(LinkFaults.KEYS);
        Map<String, Integer> firstEntry = new HashMap<>(); // order-free: "from -> to" to entry index, lookups only
        boolean valid = true;
        for (int i = 0; i < list.items().size(); i++) {
            String itemPath = KeyPath.index(path, i);
            Section sec = Section.of(v, list.items().get(i), itemPath, "a mapping like { from: a, to: b, delay: 5ms }");
            if (sec == null) {
                valid = false;
                continue;
            }
            sec.allow(keys);
            String from = endpoint(sec, "from", index);
            String to = endpoint(sec, "to", index);
            LinkFaults faults = LinkFaults.read(sec);
            boolean ok = from != null && to != null && faults.valid();
            if (from != null && from.equals(to)) {
                v.report(sec.get("to"), sec.path("to"), "from and to are both \"" + to + "\"; a link joins two different nodes");
                ok = false;
            } else if (from != null && to != null) {
                Integer first = firstEntry.putIfAbsent(from + " -> " + to, i);
                if (first != null) {
                    v.report(sec.map, itemPath, "a second entry for " + from + " -> " + to + " (the first is "
                            + KeyPath.index(path, first) + "); merge them into one");
                    ok = false;
                }
            }
            if (ok) {
                out.add(new LinkOverride(from, to, faults.over(base)));
            }
            valid &= ok;
        }
        return valid;
    }

    private static String endpoint(Section sec, String key, NodeIndex index) {
        YamlNode n = sec.required(key);
        return n == null ? null
                : index.reference(sec.values, n, sec.path(key), EnumSet.allOf(NodeIndex.Kind.class), "node");
    }
}
