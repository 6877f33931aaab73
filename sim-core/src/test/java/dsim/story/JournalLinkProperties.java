package dsim.story;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.spec.PacketKind;
import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.AckPoint;
import dsim.spec.CommitPoint;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The journal's causal links, on generated scenarios with every fault dsim models: each
 * names an earlier entry of the same message, receipts name their send on the link they came
 * by, processing ends name one start, and the story of every lost or duplicated message is
 * one tree of links grown from its creation.
 */
class JournalLinkProperties {

    /** The knobs a generated scenario turns. */
    record Setup(int messages, boolean broker, int consumers, double loss, double duplicate, boolean bursty,
                 double crash, CrashPoint at, boolean brokerCrashes, boolean durable, long persistMs, AckPoint ack,
                 CommitPoint commit, boolean memoryDedup) {

        Scenario scenario() {
            ScenarioBuilder b = ScenarioBuilder.scenario().messages(messages).poisson(100).consumers(consumers)
                    .network(new DelaySpec.Exponential(5 * MS),
                            bursty ? new LossSpec.GilbertElliott(300 * MS, 60 * MS, 1, loss) : new LossSpec.Independent(loss),
                            duplicate)
                    .processing(new DelaySpec.Uniform(0, 3 * MS))
                    .retry(new RetrySpec(100 * MS, 6, 2, 2 * S, 0.2))
                    .commit(commit)
                    .dedup(memoryDedup ? new DedupSpec(DedupSpec.Store.MEMORY, 0) : DedupSpec.DEFAULT);
            if (crash > 0) {
                b.consumerCrash(crash, at, 200 * MS);
            }
            if (broker) {
                b.viaBroker().brokerDurable(durable).redeliveryTimeout(S).persist(ack, persistMs * MS);
                if (brokerCrashes) {
                    b.brokerCrash(2 * S, 300 * MS);
                }
            }
            return b.build();
        }
    }

    @Provide
    Arbitrary<Setup> setups() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 120),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 3),
                Arbitraries.doubles().between(0, 0.3),
                Arbitraries.doubles().between(0, 0.2),
                Arbitraries.of(true, false),
                Arbitraries.doubles().between(0, 0.2),
                Arbitraries.of(CrashPoint.class)
        ).flatAs((n, broker, consumers, loss, dup, bursty, crash, at) -> Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.longs().between(0, 300),
                Arbitraries.of(AckPoint.class),
                Arbitraries.of(CommitPoint.class),
                Arbitraries.of(true, false)
        ).as((brokerCrashes, durable, persist, ack, commit, memory) -> new Setup(n, broker, consumers, loss, dup,
                bursty, crash, at, brokerCrashes, durable, persist, ack, commit, memory)));
    }

    @Property(tries = 120)
    void everyLink_namesAnEarlierEntry_ofTheSameMessage(@ForAll("setups") Setup setup, @ForAll long seed) {
        for (Semantics semantics : Semantics.values()) {
            List<TraceEntry> journal = Recorder.run(setup.scenario(), semantics, seed).journal();
            for (int i = 0; i < journal.size(); i++) {
                TraceEntry e = journal.get(i);
                assertEquals(i + 1, e.seq(), "entries are numbered in journal order");
                if (e.causedBy() == 0) {
                    assertTrue(e.kind() == TraceKind.CREATED || e.kind() == TraceKind.CRASHED
                            && e.reason() == Reason.BROKER_CRASH, "only creations and scheduled crashes: " + e);
                    continue;
                }
                assertTrue(e.causedBy() < e.seq(), "a cause comes first: " + e);
                TraceEntry cause = journal.get((int) e.causedBy() - 1);
                if (e.messageId() != null) {
                    assertEquals(e.messageId(), cause.messageId(), "same message: " + e + " <- " + cause);
                } else if (e.kind() == TraceKind.RESTARTED) {
                    assertEquals(TraceKind.CRASHED, cause.kind(), e.toString());
                    assertEquals(e.node(), cause.node(), e.toString());
                } else {
                    assertEquals(e.node(), receiverOrNode(cause), "a consumer's crash names what it was handling");
                }
            }
        }
    }

    @Property(tries = 120)
    void everyReceipt_namesASendOnTheLinkItCameBy(@ForAll("setups") Setup setup, @ForAll long seed) {
        for (Semantics semantics : Semantics.values()) {
            List<TraceEntry> journal = Recorder.run(setup.scenario(), semantics, seed).journal();
            for (TraceEntry e : journal) {
                PacketKind expected = receivedPacket(e, journal);
                if (expected == null) {
                    continue;
                }
                TraceEntry send = journal.get((int) e.causedBy() - 1);
                assertTrue(send.kind() == TraceKind.SENT || send.kind() == TraceKind.DUPLICATED, e + " <- " + send);
                assertEquals(e.kind() == TraceKind.DROPPED ? e.peer() : e.node(), send.peer(), "the receiver: " + e);
                assertEquals(e.attempt(), send.attempt(), e.toString());
                if (expected == PacketKind.DELIVER) {
                    assertTrue(send.packet().carriesMessage(), "a publish or a delivery: " + e + " <- " + send);
                } else {
                    assertEquals(expected, send.packet(), e.toString());
                }
            }
        }
    }

    @Property(tries = 120)
    void everyProcessingEnd_namesExactlyOneStart(@ForAll("setups") Setup setup, @ForAll long seed) {
        for (Semantics semantics : Semantics.values()) {
            List<TraceEntry> journal = Recorder.run(setup.scenario(), semantics, seed).journal();
            int[] ends = new int[journal.size() + 1];
            for (TraceEntry e : journal) {
                boolean end = e.kind() == TraceKind.PROCESSED
                        || e.kind() == TraceKind.LOST_IN_CRASH && e.reason() == Reason.ABORTED;
                TraceEntry cause = e.causedBy() == 0 ? null : journal.get((int) e.causedBy() - 1);
                boolean dedupAtCommit = e.kind() == TraceKind.DEDUPLICATED && cause.kind() == TraceKind.PROCESSING;
                if (!end && !dedupAtCommit) {
                    continue;
                }
                assertNotNull(cause, e.toString());
                assertEquals(TraceKind.PROCESSING, cause.kind(), e.toString());
                assertEquals(e.node(), cause.node(), e.toString());
                assertEquals(e.attempt(), cause.attempt(), e.toString());
                ends[(int) cause.seq()]++;
            }
            for (int n : ends) {
                assertTrue(n <= 1, "a processing ends once");
            }
        }
    }

    @Property(tries = 80)
    void lostAndDuplicatedStories_areOneTreeOfLinks_fromTheCreation(@ForAll("setups") Setup setup, @ForAll long seed) {
        Scenario s = setup.scenario();
        for (Semantics semantics : Semantics.values()) {
            JournalIndex index = JournalIndex.of(Recorder.run(s, semantics, seed).journal());
            for (String id : index.messageIds()) {
                if (index.processings(id) == 1) {
                    continue;
                }
                List<TraceEntry> entries = index.story(id).entries();
                CausalLinks links = CausalLinks.of(entries);
                for (int i = 0; i < entries.size(); i++) {
                    if (!id.equals(entries.get(i).messageId())) {
                        continue; // a crash or restart of a node it met
                    }
                    int root = i;
                    while (links.parent(root) >= 0) {
                        root = links.parent(root);
                    }
                    assertEquals(TraceKind.CREATED, entries.get(root).kind(), id + ": " + entries.get(i));
                }
            }
        }
    }

    /**
     * The packet an entry received, if it is a receipt (or a drop at a down receiver); else null.
     * At a consumer a message comes as a publish or a delivery: DELIVER stands for either.
     */
    private static PacketKind receivedPacket(TraceEntry e, List<TraceEntry> journal) {
        return switch (e.kind()) {
            case ACKED -> PacketKind.PUBLISH_ACK;
            case RELEASED -> PacketKind.CONSUMER_ACK;
            case STORED, DEDUPLICATED_AT_BROKER -> PacketKind.PUBLISH;
            case QUEUED -> PacketKind.DELIVER;
            case PROCESSING, DEDUPLICATED -> {
                TraceKind cause = journal.get((int) e.causedBy() - 1).kind();
                // After a wait, the queueing was the receipt; at a commit, the processing start came first.
                yield cause == TraceKind.QUEUED || cause == TraceKind.PROCESSING ? null : PacketKind.DELIVER;
            }
            case LOST_IN_CRASH -> e.reason() == Reason.BEFORE_PROCESS || e.reason() == Reason.BETWEEN_PROCESS_AND_COMMIT
                    ? PacketKind.DELIVER : null;
            case DROPPED -> e.reason() == Reason.NODE_DOWN ? e.packet() : null;
            default -> null;
        };
    }

    /** Where an entry's effect lands: a packet's receiver, else the node itself. */
    private static String receiverOrNode(TraceEntry e) {
        return e.kind() == TraceKind.SENT || e.kind() == TraceKind.DUPLICATED ? e.peer() : e.node();
    }
}
