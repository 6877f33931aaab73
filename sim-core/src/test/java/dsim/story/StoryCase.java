package dsim.story;

import dsim.spec.AckPoint;
import dsim.spec.CommitPolicy;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.OutageSpec;
import dsim.spec.PoisonSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;

import java.util.List;
import java.util.function.Predicate;

import static dsim.testing.ScenarioBuilder.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A tiny DSL for story tests that read like the story:
 * {@code story().directTo("c").ackLostBetween(30 * MS, 32 * MS).under(AT_LEAST_ONCE).message(3)
 * .processedTwice().because(Cause.ACK_LOST)}. Producer "p" sends a message every 10 ms over
 * 10 ms links; consumers take 1 ms; faults are forced by outage windows at known times, or,
 * for crashes (which are random per delivery), by picking the first seed whose journal shows
 * the crash the story needs.
 */
final class StoryCase {

    private static final long LINK = 10 * MS;
    private static final int SEED_SEARCH = 500;

    /** Stories of one fault each: workers enough that nothing ever waits for one (a story of waiting asks for it). */
    private final ScenarioBuilder builder = ScenarioBuilder.scenario().messages(5).every(10 * MS).concurrency(100);
    private boolean broker;
    private long seed = 1;

    static StoryCase story() {
        return new StoryCase();
    }

    /** The producer publishes straight to the consumer (the builder's default); reads better in a test. */
    StoryCase directTo(String consumer) {
        assertEquals("c", consumer, "the builder's single consumer is c");
        return this;
    }

    StoryCase viaBroker() {
        broker = true;
        builder.viaBroker();
        return this;
    }

    /** The broker is a log with one partition, whose sessions time out after {@code sessionNanos}. */
    StoryCase viaLog(long sessionNanos) {
        broker = true;
        builder.viaLog(1, sessionNanos).workersOfALog();
        return this;
    }

    StoryCase commit(CommitPolicy policy) {
        builder.commit(policy);
        return this;
    }

    /** The consumer crashes in time, about {@code everyNanos} apart, and stays down {@code downFor}. */
    StoryCase consumerCrashesInTime(long everyNanos, long downFor) {
        builder.consumerCrash(0, CrashPoint.AFTER_PROCESS, downFor, everyNanos);
        return this;
    }

    StoryCase producerCrashes(long everyNanos, long downFor, boolean outbox) {
        builder.producerCrash(everyNanos, downFor).outbox(outbox);
        return this;
    }

    StoryCase poison(double share, PoisonSpec.Effect effect, int maxDeliveries) {
        builder.poison(share, effect).maxDeliveries(maxDeliveries);
        return this;
    }

    StoryCase messages(int n) {
        builder.messages(n);
        return this;
    }

    /** Each consumer has {@code workers} workers, and its broker hands it as many deliveries at once. */
    StoryCase workers(int workers) {
        builder.concurrency(workers);
        return this;
    }

    StoryCase processingTakes(long nanos) {
        builder.processing(new DelaySpec.Constant(nanos));
        return this;
    }

    StoryCase retry(long timeoutNanos, int attempts) {
        builder.retry(timeoutNanos, attempts);
        return this;
    }

    /** The consumer's acks (to the broker, or to the producer if direct) are all lost in [start, end). */
    StoryCase ackLostBetween(long start, long end) {
        return linkDown("c", broker ? "b" : "p", start, end);
    }

    /** The broker's acks to the producer are all lost in [start, end). */
    StoryCase publishAckLostBetween(long start, long end) {
        return linkDown("b", "p", start, end);
    }

    StoryCase linkDown(String from, String to, long start, long end) {
        builder.link(from, to, new DelaySpec.Constant(LINK), LossSpec.NONE, 0, List.of(new OutageSpec(start, end, 1.0)));
        return this;
    }

    StoryCase linkDuplicatesEverything(String from, String to) {
        builder.link(from, to, new DelaySpec.Constant(LINK), LossSpec.NONE, 1.0, List.of());
        return this;
    }

    StoryCase consumerCrashes(double probability, CrashPoint at, long downFor) {
        builder.consumerCrash(probability, at, downFor);
        return this;
    }

    /** The broker is durable, acks at {@code ack} and takes {@code writeNanos} to write a message to disk. */
    StoryCase brokerWrites(AckPoint ack, long writeNanos) {
        builder.persist(ack, writeNanos);
        return this;
    }

    StoryCase brokerCrashes(long everyNanos, long downForNanos) {
        builder.brokerCrash(everyNanos, downForNanos);
        return this;
    }

    StoryCase dedup(DedupSpec.Store store, long windowNanos) {
        builder.dedup(new DedupSpec(store, windowNanos));
        return this;
    }

    /** Uses the first seed whose run under {@code semantics} shows {@code fact}: random faults, chosen by their effect. */
    StoryCase seedWhere(Semantics semantics, String fact, Predicate<JournalIndex> test) {
        Scenario scenario = builder.build();
        for (long s = 1; s <= SEED_SEARCH; s++) {
            if (test.test(JournalIndex.of(Recorder.run(scenario, semantics, s).journal()))) {
                seed = s;
                return this;
            }
        }
        return fail("no seed in 1.." + SEED_SEARCH + " where " + fact);
    }

    /** Runs the story under {@code semantics}. */
    Told under(Semantics semantics) {
        Scenario scenario = builder.build();
        Recording run = Recorder.run(scenario, semantics, seed);
        return new Told(JournalIndex.of(run.journal()), RunContext.of(scenario, run.result()));
    }

    /** A run whose messages can be asked about. */
    record Told(JournalIndex index, RunContext context) {

        /** The first message the run lost. */
        MessageCheck firstLost() {
            return message(first(MessageOutcome.LOST));
        }

        /** The first message the run processed more than once. */
        MessageCheck firstDuplicated() {
            return message(first(MessageOutcome.DUPLICATED));
        }

        private int first(MessageOutcome outcome) {
            List<String> ids = index.withOutcome(outcome);
            assertTrue(!ids.isEmpty(), "no message is " + outcome);
            return Integer.parseInt(ids.get(0).substring(2));
        }

        MessageCheck message(int n) {
            String id = "p-" + n;
            assertTrue(index.contains(id), id + " was never created");
            Story story = index.story(id);
            return new MessageCheck(story, Explanations.explain(story, context));
        }
    }

    /** Assertions about one message's story and explanation. */
    record MessageCheck(Story story, Explanation explanation) {

        MessageCheck processedTwice() {
            return processed(2);
        }

        MessageCheck processedOnce() {
            return processed(1);
        }

        MessageCheck lost() {
            return processed(0);
        }

        MessageCheck because(Cause cause) {
            assertEquals(cause, explanation.cause(), explanation.text());
            assertTrue(explanation.chain().size() >= 1 || cause == Cause.UNEXPLAINED, "a cause comes with its chain");
            return this;
        }

        MessageCheck saying(String words) {
            assertTrue(explanation.text().contains(words), "\"" + words + "\" not in: " + explanation.text());
            return this;
        }

        private MessageCheck processed(int times) {
            assertEquals(times, story.processings(), explanation.text());
            assertEquals(dsim.story.MessageOutcome.of(times), explanation.outcome());
            return this;
        }
    }
}
