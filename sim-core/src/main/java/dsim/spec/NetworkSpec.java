package dsim.spec;

import java.util.List;

/**
 * The network: faults for every link that has no entry of its own, and per-direction entries.
 *
 * @param defaultLink faults of links without an entry
 * @param links       per-direction entries, already merged with the default; at most one per (from, to)
 */
public record NetworkSpec(LinkSpec defaultLink, List<LinkOverride> links) {

    public NetworkSpec {
        links = List.copyOf(links);
    }

    /** The faults of packets sent from {@code from} to {@code to}. */
    public LinkSpec link(String from, String to) {
        for (LinkOverride o : links) {
            if (o.from().equals(from) && o.to().equals(to)) {
                return o.link();
            }
        }
        return defaultLink;
    }
}
