package dsim.check;

import dsim.random.Seeds;
import dsim.spec.BrokerSpec;
import dsim.spec.ConsumerCrashSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.LinkOverride;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.NetworkSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.Scenario;
import dsim.spec.TimedCrashSpec;
import dsim.text.Durations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Swarm testing (Groce et al., ISSTA 2012): per seed, each fault knob of the file is either
 * switched off or drawn between 0 and the file's value, so seeds explore configurations the
 * file alone never would (a fault can hide another). The draw comes from the seed's own
 * streams, named after the knob: replaying a seed needs only the seed and the flag.
 *
 * <p>Knobs are named as {@code --vary} paths: {@code network.default.loss},
 * {@code network.links[a->b].duplicate}, {@code consumers[ledger].crash.probability}, and a
 * crash in time's rate as {@code brokers[b].crash.every} (drawn as the rate, so 0 to the
 * file's; outages switch on or off whole).
 */
public final class Swarm {

    /**
     * One knob as a seed drew it.
     *
     * @param name  the knob, as a key path
     * @param on    whether it is on
     * @param share the fraction of the file's value it has when on, in (0, 1]
     * @param shown its value as drawn, e.g. {@code 0.31%} or {@code off}
     */
    public record Knob(String name, boolean on, double share, String shown) {
    }

    /**
     * The scenario a seed runs under swarm, and how it drew each knob.
     *
     * @param scenario the scenario with the drawn knobs
     * @param knobs    each knob, in file order
     */
    public record Draw(Scenario scenario, List<Knob> knobs) {

        /** E.g. {@code network.default.loss 0.31%, consumers[ledger].crash.probability off}. */
        public String describe() {
            return String.join(", ", knobs.stream().map(k -> k.name() + " " + k.shown()).toList());
        }
    }

    private Swarm() {
    }

    /** The knobs of {@code scenario}, in file order. */
    public static List<String> knobs(Scenario scenario) {
        return draw(scenario, 0).knobs().stream().map(Knob::name).toList();
    }

    /** The scenario as seed {@code seed} runs it under swarm. */
    public static Draw draw(Scenario scenario, long seed) {
        Drawer d = new Drawer(seed);
        LinkSpec base = d.link(scenario.network().defaultLink(), "network.default");
        List<LinkOverride> links = new ArrayList<>();
        for (LinkOverride o : scenario.network().links()) {
            links.add(new LinkOverride(o.from(), o.to(), d.link(o.link(), "network.links[" + o.from() + "->" + o.to()
                    + "]")));
        }
        List<ProducerSpec> producers = new ArrayList<>();
        for (ProducerSpec p : scenario.producers()) {
            producers.add(new ProducerSpec(p.name(), p.sendTo(), p.messages(), p.arrival(),
                    d.timed(p.crash(), "producers[" + p.name() + "].crash.every"), p.outbox()));
        }
        List<BrokerSpec> brokers = new ArrayList<>();
        for (BrokerSpec b : scenario.brokers()) {
            brokers.add(b.withCrash(d.timed(b.crash(), "brokers[" + b.name() + "].crash.every")));
        }
        List<ConsumerSpec> consumers = new ArrayList<>();
        for (ConsumerSpec c : scenario.consumers()) {
            consumers.add(c.withCrash(d.consumerCrash(c.crash(), "consumers[" + c.name() + "].crash")));
        }
        return new Draw(scenario.withNodes(producers, brokers, consumers, new NetworkSpec(base, links)), d.knobs);
    }

    /** Draws knobs one after another, each from its own named stream of the seed. */
    private static final class Drawer {
        private final long seed;
        private final List<Knob> knobs = new ArrayList<>();

        Drawer(long seed) {
            this.seed = seed;
        }

        /** The share knob {@code name} gets: 0 when off, else a draw in (0, 1]. */
        private double share(String name, String unit, double fileValue) {
            long stream = Seeds.stream(seed, "swarm:" + name);
            boolean on = Seeds.uniform(stream, 0, 0) < 0.5;
            double share = on ? 1 - Seeds.uniform(stream, 1, 0) : 0; // (0, 1]: on never means zero
            String shown = !on ? "off" : unit.equals("%")
                    ? String.format(Locale.ROOT, "%.3g%%", 100 * fileValue * share)
                    : unit.equals("every") ? "every " + Durations.compact((long) Math.min(Long.MAX_VALUE / 2.0,
                    fileValue / share)) : unit.equals("on") ? "on" : String.format(Locale.ROOT, "%.3g", share);
            knobs.add(new Knob(name, on, share, shown));
            return share;
        }

        LinkSpec link(LinkSpec link, String path) {
            LossSpec loss = link.loss();
            if (loss instanceof LossSpec.Independent i && i.probability() > 0) {
                loss = new LossSpec.Independent(i.probability() * share(path + ".loss", "%", i.probability()));
            } else if (loss instanceof LossSpec.GilbertElliott) {
                loss = share(path + ".loss", "on", 1) > 0 ? loss : new LossSpec.Independent(0);
            }
            double duplicate = link.duplicate() > 0
                    ? link.duplicate() * share(path + ".duplicate", "%", link.duplicate()) : 0;
            List<dsim.spec.OutageSpec> outages = link.outages().isEmpty() || share(path + ".outages", "on", 1) > 0
                    ? link.outages() : List.of();
            return new LinkSpec(link.delay(), loss, duplicate, outages);
        }

        TimedCrashSpec timed(TimedCrashSpec crash, String path) {
            if (crash == null) {
                return null;
            }
            double share = share(path, "every", crash.everyNanos());
            return share == 0 ? null : new TimedCrashSpec(every(crash.everyNanos(), share), crash.downForNanos());
        }

        ConsumerCrashSpec consumerCrash(ConsumerCrashSpec crash, String path) {
            if (crash == null) {
                return null;
            }
            double p = crash.probability() > 0
                    ? crash.probability() * share(path + ".probability", "%", crash.probability()) : 0;
            long every = crash.everyNanos() > 0 ? every(crash.everyNanos(), share(path + ".every", "every",
                    crash.everyNanos())) : 0;
            return new ConsumerCrashSpec(p, crash.at(), crash.downForNanos(), every);
        }

        /** The mean gap at a fraction {@code share} of the file's crash rate; 0 (none) when off. */
        private static long every(long fileEvery, double share) {
            return share == 0 ? 0 : (long) Math.min(Long.MAX_VALUE / 4.0, fileEvery / share);
        }
    }
}
