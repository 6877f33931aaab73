package dsim.model;

import dsim.spec.ConsumerCrashSpec;
import dsim.spec.CrashPoint;
import dsim.spec.RandomFaults;
import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;
import dsim.spec.TimedCrashSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's fault script compiled for one run: each packet fault keyed by the link and the
 * packet's random-decision identity (the same key the random faults draw with), each crash by
 * its consumer and delivery or by its time. Maps are looked up, never iterated, so their order
 * decides nothing. It counts how often each fault fired, and hands what fires to the run's
 * {@link FaultLog} if it records.
 */
final class Script {

    /** One scripted crash in time: the node (its index), when, for how long, and its place in the script. */
    record Timed(int node, long atNanos, long downForNanos, int index) {
    }

    private final RandomFaults random;
    private final Topology topology;
    private final Messages messages;
    private final FaultLog log;
    private final int[] hits;
    /** Packet faults keyed by (from, to, message key, packet instance); point crashes by (consumer, 0, ...). */
    private final FaultTable drops;
    private final FaultTable duplicates;
    private final FaultTable delays;
    private final FaultTable pointCrashes;
    private final List<ScriptedFault> faults;
    private final List<Timed> timed = new ArrayList<>();
    /** The script's outages (their places in it), and each one's link as from * nodeCount + to. */
    private final int[] outages;
    private final long[] outageLink;
    private final boolean empty;
    /** What every fault source did in the run, random or scripted. */
    final Coverage coverage;

    Script(Scenario scenario, Topology topology, Messages messages, FaultLog log) {
        this.random = scenario.faults().random();
        this.topology = topology;
        this.messages = messages;
        this.log = log;
        this.faults = scenario.faults().script();
        this.coverage = new Coverage(topology.totalMessages);
        this.hits = new int[faults.size()];
        int outageCount = (int) faults.stream().filter(f -> f instanceof ScriptedFault.Outage).count();
        this.outages = new int[outageCount];
        this.outageLink = new long[outageCount];
        int nextOutage = 0;
        FaultTable.Builder drop = new FaultTable.Builder();
        FaultTable.Builder duplicate = new FaultTable.Builder();
        FaultTable.Builder delay = new FaultTable.Builder();
        FaultTable.Builder point = new FaultTable.Builder();
        for (int i = 0; i < faults.size(); i++) {
            ScriptedFault f = faults.get(i);
            if (f instanceof ScriptedFault.Drop d) {
                add(drop, d.packet(), i);
            } else if (f instanceof ScriptedFault.Duplicate d) {
                add(duplicate, d.packet(), i);
            } else if (f instanceof ScriptedFault.Delay d) {
                add(delay, d.packet(), i);
            } else if (f instanceof ScriptedFault.PointCrash c) {
                int consumer = topology.consumerIndex(topology.node(c.node()));
                long key = messageKey(c.packet());
                // The packet that brings it is a deliver from a broker or a publish from the producer.
                int copy = c.secondCopy() ? 1 : 0;
                point.add(consumer, 0, key, Packet.instance(Packet.DELIVER, c.packet().attempt(), c.packet().stored(),
                        copy), i);
                point.add(consumer, 0, key, Packet.instance(Packet.PUBLISH, c.packet().attempt(), 0, copy), i);
            } else if (f instanceof ScriptedFault.TimedCrash c) {
                timed.add(new Timed(topology.node(c.node()), c.atNanos(), c.downForNanos(), i));
            } else if (f instanceof ScriptedFault.Outage o) {
                outages[nextOutage] = i;
                outageLink[nextOutage++] = (long) topology.node(o.from()) * topology.nodeCount()
                        + topology.node(o.to());
            }
        }
        this.drops = drop.build();
        this.duplicates = duplicate.build();
        this.delays = delay.build();
        this.pointCrashes = point.build();
        this.empty = faults.isEmpty();
    }

    private void add(FaultTable.Builder table, ScriptedFault.PacketRef p, int index) {
        table.add(topology.node(p.from()), topology.node(p.to()), messageKey(p),
                Packet.instance(Packet.of(p.kind()), p.attempt(), storeIndex(p), 0), index);
    }

    /**
     * The store index a packet carries: a broker's deliveries and their acks carry the count of
     * times it stored the message, from 1; a publish and its ack carry 0.
     */
    private static int storeIndex(ScriptedFault.PacketRef p) {
        return p.kind().countsDeliveries() ? p.stored() : 0;
    }

    private long messageKey(ScriptedFault.PacketRef p) {
        return messages.keyOf(topology.node(p.producer()), p.sequence() - 1);
    }

    /** Which random sources apply. */
    RandomFaults random() {
        return random;
    }

    /** Whether the script crashes node {@code node} in time. */
    boolean crashesInTime(int node) {
        for (Timed t : timed) { // asked of every producer: a loop, not a stream apiece
            if (t.node() == node) {
                return true;
            }
        }
        return false;
    }

    /** The scripted crashes in time, in script order. */
    List<Timed> timed() {
        return timed;
    }

    /** Whether the script drops a packet sent now on from->to: by an outage window or by name. */
    boolean drops(int from, int to, long now, long key, long instance) {
        if (empty) {
            return false;
        }
        long link = (long) from * topology.nodeCount() + to;
        for (int k = 0; k < outages.length; k++) {
            if (outageLink[k] == link) {
                ScriptedFault.Outage o = (ScriptedFault.Outage) faults.get(outages[k]);
                if (now >= o.startNanos() && now < o.endNanos()) {
                    hits[outages[k]]++;
                    return true;
                }
            }
        }
        return hit(drops.find(from, to, key, instance));
    }

    /** Whether the script duplicates this packet. */
    boolean duplicates(int from, int to, long key, long instance) {
        return !empty && hit(duplicates.find(from, to, key, instance));
    }

    /** How much longer the script makes this packet take, or 0. */
    long extraDelay(int from, int to, long key, long instance) {
        if (empty) {
            return 0;
        }
        int i = delays.find(from, to, key, instance);
        if (i < 0) {
            return 0;
        }
        hits[i]++;
        return ((ScriptedFault.Delay) faults.get(i)).byNanos();
    }

    /** The crash point the script sets for this delivery at consumer {@code c}, or null. */
    CrashPoint crashPoint(int c, long key, long instance) {
        if (empty) {
            return null;
        }
        int i = pointCrashes.find(c, 0, key, instance);
        return i < 0 ? null : ((ScriptedFault.PointCrash) faults.get(i)).point();
    }

    /** Counts a scripted point crash that struck. */
    void pointCrashStruck(int c, long key, long instance) {
        hit(pointCrashes.find(c, 0, key, instance));
    }

    /**
     * A crash in time takes {@code node} down now: fault {@code scripted - 1} of the script, or
     * a random one ({@code scripted} 0). Counts it, records it when the run records, and
     * returns how long the node stays down: as the script says, else {@code own}.
     */
    long timedCrash(int node, long now, int scripted, long own) {
        long downFor = own;
        if (scripted > 0) {
            hits[scripted - 1]++;
            downFor = downFor(scripted - 1, own);
        } else {
            coverage.fire(Coverage.TIMED_CRASH, node, 0, -1);
        }
        if (recording()) {
            record(new ScriptedFault.TimedCrash(name(node), now, downFor));
        }
        return downFor;
    }

    /** How long a scripted crash keeps its node down: as written, else the node's own, else 10 s. */
    long downFor(int index, long own) {
        ScriptedFault f = faults.get(index);
        long written = f instanceof ScriptedFault.TimedCrash c ? c.downForNanos()
                : f instanceof ScriptedFault.PointCrash c ? c.downForNanos() : -1;
        return written >= 0 ? written : own > 0 ? own : ConsumerCrashSpec.DEFAULT_DOWN_FOR_NANOS;
    }

    /** The place in the script of the point crash for this delivery, or -1. */
    int pointCrashIndex(int c, long key, long instance) {
        return empty ? -1 : pointCrashes.find(c, 0, key, instance);
    }

    private boolean hit(int index) {
        if (index < 0) {
            return false;
        }
        hits[index]++;
        return true;
    }

    /** Whether the run's log records every fault that fires. */
    boolean recording() {
        return log != null && log.isRecording();
    }

    /** Records a fault that fired, written as the script fault that makes it fire again. */
    void record(ScriptedFault f) {
        log.fired(f);
    }

    /** The packet {@code kind} {@code m} from {@code from} to {@code to}, as a script names it. */
    ScriptedFault.PacketRef packet(int from, int to, int kind, int m, int attempt, int storeIndex) {
        return new ScriptedFault.PacketRef(topology.names[from], topology.names[to], Packet.kind(kind),
                topology.names[messages.producerOf(m)], messages.sequence(m), attempt, Math.max(1, storeIndex));
    }

    /** The delivery of {@code m} to consumer {@code node}, as a crash at a point names it. */
    ScriptedFault.PacketRef delivery(int node, int m, int attempt, int storeIndex) {
        return new ScriptedFault.PacketRef("", topology.names[node], dsim.spec.PacketKind.DELIVER,
                topology.names[messages.producerOf(m)], messages.sequence(m), attempt, Math.max(1, storeIndex));
    }

    /** The node's name. */
    String name(int node) {
        return topology.names[node];
    }

    /** Hands the counts to the log at the end of the run. */
    void finish() {
        for (int i = 0; i < hits.length; i++) {
            coverage.fired(Coverage.SCRIPTED, i, 0, hits[i]);
        }
        if (log != null) {
            log.scriptHits(hits);
        }
    }

    /** The down time a timed crash spec gives, or 0 without one. */
    static long own(TimedCrashSpec spec) {
        return spec == null ? 0 : spec.downForNanos();
    }
}
