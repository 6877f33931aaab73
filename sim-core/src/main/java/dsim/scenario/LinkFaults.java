package dsim.scenario;

import dsim.text.Durations;
import dsim.spec.DelaySpec;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.OutageSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fault keys of {@code network.default} or one {@code network.links} entry, each either
 * set or left to the default ({@code null}). {@code valid} is false if any set key was bad.
 */
record LinkFaults(DelaySpec delay, LossSpec loss, Double duplicate, List<OutageSpec> outages, boolean valid) {

    /** The keys that describe faults, shared by the default and by link entries. */
    static final List<String> KEYS = List.of("delay", "loss", "duplicate", "outages");

    /** The faults {@code sec} sets; the caller has already checked its keys. */
    static LinkFaults read(Section sec) {
        Values v = sec.values;
        boolean valid = true;
        DelaySpec delay = null;
        LossSpec loss = null;
        Double duplicate = null;
        List<OutageSpec> outages = null;
        if (sec.get("delay") != null) {
            delay = Delays.read(v, sec.get("delay"), sec.path("delay"));
            valid &= delay != null;
        }
        if (sec.get("loss") != null) {
            loss = Losses.read(v, sec.get("loss"), sec.path("loss"));
            valid &= loss != null;
        }
        if (sec.get("duplicate") != null) {
            duplicate = v.probability(sec.get("duplicate"), sec.path("duplicate"));
            valid &= duplicate != null;
        }
        if (sec.get("outages") != null) {
            outages = outages(v, sec.get("outages"), sec.path("outages"));
            valid &= outages != null;
        }
        return new LinkFaults(delay, loss, duplicate, outages, valid);
    }

    /** {@code base} with the keys set here replaced. */
    LinkSpec over(LinkSpec base) {
        return new LinkSpec(delay != null ? delay : base.delay(), loss != null ? loss : base.loss(),
                duplicate != null ? duplicate : base.duplicate(), outages != null ? outages : base.outages());
    }

    private record Indexed(int index, OutageSpec outage, YamlNode node) {
    }

    /** The outages sorted by start; windows may not overlap, so one loss applies at any time. */
    private static List<OutageSpec> outages(Values v, YamlNode n, String path) {
        if (!(n instanceof YamlNode.Sequence list)) {
            return v.wrongType(n, path, "a list of outages like [ { start: 10m, end: 20m, loss: 100% } ]");
        }
        List<Indexed> read = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.items().size(); i++) {
            OutageSpec o = outage(v, list.items().get(i), KeyPath.index(path, i));
            valid &= o != null;
            if (o != null) {
                read.add(new Indexed(i, o, list.items().get(i)));
            }
        }
        read.sort(Comparator.comparingLong(x -> x.outage().startNanos()));
        Indexed reach = null; // the window that ends last among those starting earlier
        for (Indexed cur : read) {
            if (reach != null && cur.outage().startNanos() < reach.outage().endNanos()) {
                Indexed later = cur.index() > reach.index() ? cur : reach;
                Indexed earlier = later == cur ? reach : cur;
                v.report(later.node(), KeyPath.index(path, later.index()), "overlaps outages[" + earlier.index()
                        + "] (" + Durations.exact(earlier.outage().startNanos()) + " to "
                        + Durations.exact(earlier.outage().endNanos()) + ")");
                valid = false;
            }
            if (reach == null || cur.outage().endNanos() > reach.outage().endNanos()) {
                reach = cur;
            }
        }
        return valid ? read.stream().map(Indexed::outage).toList() : null;
    }

    private static OutageSpec outage(Values v, YamlNode n, String path) {
        Section sec = Section.of(v, n, path, "a mapping like { start: 10m, end: 20m, loss: 100% }");
        if (sec == null) {
            return null;
        }
        sec.allow(List.of("start", "end", "loss"));
        Long start = sec.duration("start", Section.REQUIRED);
        Long end = sec.duration("end", Section.REQUIRED);
        Double loss = sec.probability("loss", 1.0);
        if (start == null || end == null || loss == null) {
            return null;
        }
        if (end <= start) {
            return v.report(sec.get("end"), sec.path("end"),
                    "must be after start (" + Durations.exact(start) + "), got " + Values.shownText(sec.get("end")));
        }
        return new OutageSpec(start, end, loss);
    }
}
