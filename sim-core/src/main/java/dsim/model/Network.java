package dsim.model;

import dsim.engine.Engine;
import dsim.journal.Reason;
import dsim.spec.LinkSpec;
import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;

/**
 * Puts packets on links: journals the send, asks the link for its verdict, and schedules
 * the arrival (and a duplicate's) at the receiver. A link's faults come from its
 * (from, to) entry, never from its place in the file's list.
 */
final class Network {

    private final Engine engine;
    private final Journal journal;
    private final Messages messages;
    /** The links used so far, each built on first use. */
    private final LinkTable links = new LinkTable();
    /**
     * The link specs in use, found by identity, and the shape of each at the same place: a handful,
     * whatever the link count. A node's record names its link's shape by that place.
     */
    private final java.util.List<LinkSpec> shapedSpecs = new java.util.ArrayList<>();
    private Link.Shape[] shapeOf = new Link.Shape[0];
    private final Scenario scenario;
    private final Topology topology;
    private final long masterSeed;
    private final Script script;
    /**
     * Per node, two halves of {@link #HALF} longs: the link it sent on last and the link it last
     * heard on, each as its peer (low half of the first long; -1: none yet) and its shape's place
     * in {@link #shapeOf} (high half), then its loss, delay and duplicate seeds. A send reads one
     * of these halves and not the link: at 10,000 nodes the link is a cache miss, and the half
     * shares its line with the node's other half, which the reply reads moments later.
     */
    private final long[] last;
    private static final int HALF = 4;
    private static final int SENT = 0;
    private static final int HEARD = HALF;
    private static final int PEER = 0;
    private static final int LOSS = 1;
    private static final int DELAY = 2;
    private static final int DUPLICATE = 3;
    /** The links themselves, as {@link #last} holds them: read only for outages, bursty loss and streams. */
    private final Link[] sentOn;
    private final Link[] heardOn;
    /** Whether the packet sent last was dropped by its link (a down receiver is only found on arrival). */
    private boolean lastDropped;

    Network(Scenario scenario, Topology topology, long masterSeed, Engine engine, Journal journal, Messages messages,
            Script script) {
        this.script = script;
        this.engine = engine;
        this.journal = journal;
        this.messages = messages;
        this.scenario = scenario;
        this.topology = topology;
        this.masterSeed = masterSeed;
        int nodes = topology.nodeCount();
        this.last = new long[2 * HALF * nodes];
        for (int at = 0; at < last.length; at += HALF) {
            last[at + PEER] = -1;
        }
        this.sentOn = new Link[nodes];
        this.heardOn = new Link[nodes];
    }

    /**
     * Where in {@link #last} the link from {@code from} to {@code to} is: the sender's half for the
     * peer it sent to last, or the receiver's for the peer it heard from last (most nodes send to
     * one peer or hear from one), else both are set to it, building it on its first use.
     */
    private int link(int from, int to) {
        long[] l = last;
        int sent = 2 * HALF * from + SENT;
        if ((int) l[sent + PEER] == to) {
            return sent;
        }
        int heard = 2 * HALF * to + HEARD;
        if ((int) l[heard + PEER] == from) {
            return heard;
        }
        Link link = links.get(from, to);
        if (link == null) {
            // Streams are named after the link, so building links lazily changes no draw.
            String a = topology.names[from];
            String b = topology.names[to];
            link = new Link(shape(scenario.network().link(a, b)), masterSeed, a, b);
            links.put(from, to, link);
        }
        keep(sent, to, link);
        sentOn[from] = link;
        keep(heard, from, link);
        heardOn[to] = link;
        return sent;
    }

    /** Keeps {@code link}, to {@code peer}, in the half of {@link #last} at {@code at}. */
    private void keep(int at, int peer, Link link) {
        int shape = 0;
        while (shapeOf[shape] != link.shape()) {
            shape++;
        }
        last[at + PEER] = (long) shape << 32 | (peer & 0xFFFFFFFFL);
        last[at + LOSS] = link.lossSeed();
        last[at + DELAY] = link.delaySeed();
        last[at + DUPLICATE] = link.duplicateSeed();
    }

    /** The link whose half of {@link #last} is at {@code at}, between {@code from} and {@code to}. */
    private Link linkAt(int at, int from, int to) {
        return at % (2 * HALF) == SENT ? sentOn[from] : heardOn[to];
    }

    private Link.Shape shape(LinkSpec spec) {
        for (int i = 0; i < shapedSpecs.size(); i++) {
            if (shapedSpecs.get(i) == spec) {
                return shapeOf[i];
            }
        }
        Link.Shape shape = new Link.Shape(spec, script.random());
        shapedSpecs.add(spec);
        shapeOf = java.util.Arrays.copyOf(shapeOf, shapeOf.length + 1);
        shapeOf[shapeOf.length - 1] = shape;
        return shape;
    }

    /**
     * Whether the packet {@link #send} sent last was dropped on its link: a broker then knows its
     * consumer will not get that delivery, as a consumer that pulls finds out at once and asks again.
     */
    boolean lastSendDropped() {
        return lastDropped;
    }

    /**
     * Sends one packet of a stream, as a connection carries a log's records to its reader: it
     * arrives behind every packet sent before it on the link, never twice (a link's second copy
     * is a retransmission the connection discards), and if the link loses it the sender learns
     * so from {@link #lastSendDropped} and sends it again later. Arguments as {@link #send}.
     *
     * @return the journal entry of the send
     */
    long stream(long cause, int from, int to, int packet, int m, int attempt, int entry, int generation,
                int storeIndex) {
        return put(cause, from, to, packet, m, attempt, entry, generation, storeIndex, true);
    }

    /**
     * Sends one packet, caused by journal entry {@code cause}. Arguments follow
     * {@link Events}' table: attempt or delivery, broker entry, entry generation, store index.
     * The arrival (and a link copy's) is linked to the send (or the copy) that it receives.
     *
     * @return the journal entry of the send
     */
    long send(long cause, int from, int to, int packet, int m, int attempt, int entry, int generation, int storeIndex) {
        return put(cause, from, to, packet, m, attempt, entry, generation, storeIndex, false);
    }

    /** Journals the send, asks the link for its verdict, and schedules what arrives: in order, or as sampled. */
    private long put(long cause, int from, int to, int packet, int m, int attempt, int entry, int generation,
                     int storeIndex, boolean inOrder) {
        long now = engine.now();
        long sent = journal.sent(cause, now, from, to, packet, m, attempt);
        int at = link(from, to);
        long[] l = last;
        Link.Shape shape = shapeOf[(int) (l[at + PEER] >>> 32)];
        long delaySeed = l[at + DELAY];
        long key = messages.key(m);
        long instance = Packet.instance(packet, attempt, storeIndex, 0);
        // A scripted drop counts as a loss: the script decides in place of the dice.
        boolean scripted = script.drops(from, to, now, key, instance);
        int verdict = scripted ? Link.DROP_LOSS : Link.verdict(shape,
                Link.verdictReadsLink(shape) ? linkAt(at, from, to) : null, l[at + LOSS], now, key, instance);
        if (verdict != Link.PASS) {
            if (!scripted) {
                script.coverage.fire(verdict == Link.DROP_LOSS ? Coverage.LOSS : Coverage.OUTAGE, from, to, m);
            }
            journal.dropped(sent, now, from, to, packet, m, attempt, verdict == Link.DROP_LOSS ? Reason.LOSS : Reason.OUTAGE);
            if (script.recording()) {
                script.record(new ScriptedFault.Drop(script.packet(from, to, packet, m, attempt, storeIndex)));
            }
            lastDropped = true;
            return sent;
        }
        lastDropped = false;
        long extra = script.extraDelay(from, to, key, instance);
        if (extra > 0 && script.recording()) {
            script.record(new ScriptedFault.Delay(script.packet(from, to, packet, m, attempt, storeIndex), extra));
        }
        long delay = Link.delayNanos(shape, delaySeed, key, instance) + extra;
        if (inOrder) {
            delay = linkAt(at, from, to).behindEarlierPackets(now, delay);
        }
        boolean copied = !inOrder && script.duplicates(from, to, key, instance);
        boolean linkCopies = !inOrder && !copied && Link.duplicates(shape, l[at + DUPLICATE], key, instance);
        int slot = engine.schedule(delay, packet, to, m, attempt, entry, generation, storeIndex,
                Packet.origin(from, 0, packet), 0);
        journal.link(slot, sent);
        if (linkCopies) {
            script.coverage.fire(Coverage.DUPLICATE, from, to, m);
            copied = true;
        }
        if (copied) {
            if (script.recording()) {
                script.record(new ScriptedFault.Duplicate(script.packet(from, to, packet, m, attempt, storeIndex)));
            }
            long copy = journal.duplicated(sent, now, from, to, packet, m, attempt);
            long copyInstance = Packet.instance(packet, attempt, storeIndex, 1);
            int copySlot = engine.schedule(Link.delayNanos(shape, delaySeed, key, copyInstance), packet, to, m, attempt,
                    entry, generation, storeIndex, Packet.origin(from, 1, packet), 0);
            journal.link(copySlot, copy);
        }
        return sent;
    }
}
