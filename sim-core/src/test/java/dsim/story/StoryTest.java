package dsim.story;

import dsim.journal.TraceKind;
import dsim.spec.AckPoint;
import dsim.spec.CommitPolicy;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.PoisonSpec;
import org.junit.jupiter.api.Test;

import static dsim.spec.Semantics.AT_LEAST_ONCE;
import static dsim.spec.Semantics.AT_MOST_ONCE;
import static dsim.spec.Semantics.EXACTLY_ONCE;
import static dsim.story.StoryCase.story;
import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;

/**
 * Stories told from the journal, one fault each, forced at a known time. p-3 is created at
 * 20 ms; straight to c it arrives at 30 ms and is processed at 31 ms, when c acks it; through
 * b it is stored at 30 ms, delivered at 40 ms and processed at 41 ms; b redelivers 5 s after delivering.
 */
class StoryTest {

    @Test
    void ackLost_producerRetries_atLeastOnceProcessesM3Twice() {
        story().directTo("c").ackLostBetween(30 * MS, 32 * MS)
                .under(AT_LEAST_ONCE).message(3).processedTwice().because(Cause.ACK_LOST)
                .saying("the ack was lost on c -> p in an outage at 0.031s")
                .saying("p retried at 1.02s")
                .saying("at-least-once keeps no dedup store");
    }

    @Test
    void ackLost_exactlyOnceDeduplicates_processedOnce() {
        story().directTo("c").ackLostBetween(30 * MS, 32 * MS)
                .under(EXACTLY_ONCE).message(3).processedOnce().because(Cause.NONE).saying("by c at 0.031s");
    }

    @Test
    void consumerAckLost_brokerRedelivers_atLeastOnceProcessesM3Twice() {
        story().viaBroker().ackLostBetween(40 * MS, 42 * MS)
                .under(AT_LEAST_ONCE).message(3).processedTwice().because(Cause.CONSUMER_ACK_LOST)
                .saying("its ack was lost on c -> b in an outage at 0.041s; b redelivered it at 5.03s");
    }

    @Test
    void publishAckLost_brokerStoresTheRetry_atLeastOnceProcessesM3Twice() {
        story().viaBroker().publishAckLostBetween(30 * MS, 31 * MS)
                .under(AT_LEAST_ONCE).message(3).processedTwice().because(Cause.ACK_LOST)
                .saying("b stored it at 0.03s, but the ack to p was lost on b -> p")
                .saying("b stored it twice");
    }

    @Test
    void publishAckLost_idempotentBroker_exactlyOnceProcessesM3Once() {
        story().viaBroker().publishAckLostBetween(30 * MS, 31 * MS)
                .under(EXACTLY_ONCE).message(3).processedOnce();
    }

    @Test
    void consumerCrashesAfterProcessing_brokerRedelivers_duplicateUnderAtLeastOnceNotExactlyOnce() {
        StoryCase crash = story().viaBroker().messages(1).consumerCrashes(0.5, CrashPoint.AFTER_PROCESS, 100 * MS)
                .seedWhere(AT_LEAST_ONCE, "c crashes once, right after processing p-1's first delivery",
                        run -> crashes(run) == 1 && run.processings("p-1") == 2);
        crash.under(AT_LEAST_ONCE).message(1).processedTwice().because(Cause.CRASH_AFTER_PROCESS)
                .saying("c crashed right after processing it at 0.021s, before acking; b redelivered it at 5.01s");
        crash.under(EXACTLY_ONCE).message(1).processedOnce();
    }

    @Test
    void memoryDedupStore_wipedByTheCrash_exactlyOnceProcessesTwice() {
        story().viaBroker().messages(1).dedup(DedupSpec.Store.MEMORY, 0)
                .consumerCrashes(0.5, CrashPoint.AFTER_PROCESS, 100 * MS)
                .seedWhere(EXACTLY_ONCE, "c crashes once, right after processing p-1", run -> crashes(run) == 1)
                .under(EXACTLY_ONCE).message(1).processedTwice().because(Cause.DEDUP_STORE_LOST)
                .saying("c crashed right after processing it")
                .saying("c keeps its dedup store in memory, and its crash at 0.021s wiped it");
    }

    @Test
    void dedupWindowShorterThanRedelivery_exactlyOnceProcessesM3Twice() {
        story().viaBroker().dedup(DedupSpec.Store.DURABLE, S).ackLostBetween(40 * MS, 42 * MS)
                .under(EXACTLY_ONCE).message(3).processedTwice().because(Cause.DEDUP_WINDOW_EXPIRED)
                .saying("the dedup store forgets ids after 1s, and 5s had passed");
    }

    @Test
    void atMostOnce_consumerCrashesWhileProcessing_m2Lost() {
        story().directTo("c").messages(3).processingTakes(50 * MS)
                .consumerCrashes(1.0, CrashPoint.AFTER_PROCESS, 5 * MS)
                .under(AT_MOST_ONCE).message(2).lost().because(Cause.CRASH_WHILE_PROCESSING)
                .saying("c started processing it at 0.02s but crashed at 0.06s before it finished");
    }

    @Test
    void atMostOnce_oneWorker_consumerCrashesWhileM2Waits_lost() {
        story().directTo("c").messages(3).workers(1).processingTakes(50 * MS)
                .consumerCrashes(1.0, CrashPoint.AFTER_PROCESS, 5 * MS)
                .under(AT_MOST_ONCE).message(2).lost().because(Cause.CRASH_WHILE_WAITING)
                .saying("c received it at 0.02s with every worker busy, and crashed at 0.06s while it waited in the queue");
    }

    @Test
    void atMostOnce_consumerDownWhenTheMessageArrives_lost() {
        story().directTo("c").messages(8).processingTakes(50 * MS)
                .consumerCrashes(1.0, CrashPoint.AFTER_PROCESS, 100 * MS)
                .under(AT_MOST_ONCE).message(8).lost().because(Cause.RECEIVER_DOWN)
                .saying("its only publish reached c at 0.08s while c was down (it crashed at 0.06s)");
    }

    @Test
    void atMostOnce_consumerCrashesOnReceipt_lost() {
        story().directTo("c").messages(1).consumerCrashes(1.0, CrashPoint.BEFORE_PROCESS, 5 * MS)
                .under(AT_MOST_ONCE).message(1).lost().because(Cause.CRASH_BEFORE_PROCESS)
                .saying("c received it at 0.01s and crashed before processing it");
    }

    @Test
    void atMostOnce_publishDroppedInAnOutage_lost() {
        story().directTo("c").linkDown("p", "c", 20 * MS, 21 * MS)
                .under(AT_MOST_ONCE).message(3).lost().because(Cause.SENT_ONCE_DROPPED)
                .saying("the only publish was dropped on p -> c in an outage at 0.02s");
    }

    @Test
    void linkDownForAnHour_producerGivesUp_lost() {
        story().directTo("c").retry(100 * MS, 3).linkDown("p", "c", 0, 3600 * S)
                .under(AT_LEAST_ONCE).message(1).lost().because(Cause.RETRIES_EXHAUSTED)
                .saying("p gave up at 0.3s after 3 attempts, none acked: publish dropped on p -> c in an outage (3 times)");
    }

    @Test
    void brokerAcksBeforeWriting_crashesDuringTheWrite_ackedMessageLost() {
        story().viaBroker().messages(1).brokerWrites(AckPoint.BEFORE_PERSIST, 2 * S).brokerCrashes(S, 3600 * S)
                .seedWhere(AT_LEAST_ONCE, "b crashes while writing p-1", run -> crashes(run) == 1
                        && run.processings("p-1") == 0)
                .under(AT_LEAST_ONCE).message(1).lost().because(Cause.ACKED_BEFORE_PERSIST)
                .saying("b stored it at 0.01s and acked it, so p stopped resending")
                .saying("acking before persisting loses what a crash catches in between");
    }

    @Test
    void brokerAcksAfterWriting_crashesDuringTheWrite_producerGivesUp_notBlamedOnTheAck() {
        story().viaBroker().messages(1).retry(500 * MS, 2).brokerWrites(AckPoint.AFTER_PERSIST, 2 * S)
                .brokerCrashes(S, 3600 * S)
                .seedWhere(EXACTLY_ONCE, "b crashes while writing p-1, after its retry came", run -> crashes(run) == 1
                        && run.processings("p-1") == 0
                        && run.journal().stream().anyMatch(e -> e.kind() == TraceKind.DEDUPLICATED_AT_BROKER))
                .under(EXACTLY_ONCE).message(1).lost().because(Cause.RETRIES_EXHAUSTED)
                .saying("p gave up at 1s after 2 attempts, none acked: b crashed while writing it to disk");
    }

    @Test
    void linkDuplicatesThePublish_bothCopiesProcessed() {
        story().directTo("c").linkDuplicatesEverything("p", "c")
                .under(AT_LEAST_ONCE).message(1).processedTwice().because(Cause.LINK_DUPLICATE)
                .saying("the link p -> c duplicated its publish at 0s");
    }

    @Test
    void retryTimeoutShorterThanTheRoundTrip_slowAck() {
        story().directTo("c").retry(15 * MS, 2)
                .under(AT_LEAST_ONCE).message(1).processedTwice().because(Cause.SLOW_ACK)
                .saying("nothing was lost");
    }

    @Test
    void logConsumerCrashesBetweenCommits_theLogReplaysFromTheLastCommit() {
        StoryCase replay = story().viaLog(500 * MS).messages(200).commit(CommitPolicy.every(S))
                .consumerCrashesInTime(S, 100 * MS)
                .seedWhere(AT_LEAST_ONCE, "c crashes once while p-100 is processed but not committed",
                        run -> run.processings("p-100") == 2 && crashes(run) >= 1);
        replay.under(AT_LEAST_ONCE).message(100).processedTwice().because(Cause.REPLAYED_FROM_COMMIT)
                .saying("after its last commit of partition 0 (up to offset ")
                .saying("b gave partition 0 to c at ")
                .saying("with everything else c had processed there since");
        replay.under(EXACTLY_ONCE).message(100).processedOnce();
    }

    @Test
    void producerWithAnOutboxCrashesBeforeTheAck_relayRepublishes_duplicate() {
        story().viaBroker().messages(200).producerCrashes(300 * MS, 50 * MS, true)
                .seedWhere(AT_LEAST_ONCE, "the relay republishes a message the broker had stored",
                        run -> run.journal().stream().anyMatch(e -> e.kind() == TraceKind.REPUBLISHED)
                                && !run.withOutcome(MessageOutcome.DUPLICATED).isEmpty())
                .under(AT_LEAST_ONCE).firstDuplicated().because(Cause.REPUBLISHED_BY_OUTBOX)
                .saying("before the ack reached it; restarted, its outbox relay published it again at ")
                .saying("b stored it twice");
    }

    @Test
    void producerWithoutAnOutboxCrashesBeforeItsRetry_forgetsTheMessage() {
        story().directTo("c").messages(200).linkDown("p", "c", 0, 3600 * S).retry(200 * MS, 10)
                .producerCrashes(300 * MS, 50 * MS, false)
                .under(AT_LEAST_ONCE).message(1).lost().because(Cause.FORGOTTEN_BY_PRODUCER)
                .saying("p sent it once (publish dropped on p -> c in an outage) and crashed at 0.036s before an ack")
                .saying("without an outbox it forgot it, and nothing sent it again");
    }

    @Test
    void poisonMessage_queueDeadLettersItAfterMaxDeliveries() {
        story().viaBroker().messages(100).poison(0.05, PoisonSpec.Effect.FAIL, 3)
                .under(AT_LEAST_ONCE).firstLost().because(Cause.DEAD_LETTERED)
                .saying("b delivered it 3 times without an ack (c failed to process it each time: a poison message)")
                .saying("moved it to its dead-letter queue at ");
    }

    @Test
    void poisonMessage_atMostOnce_lostOnTheFirstFailure() {
        story().viaBroker().messages(100).poison(0.05, PoisonSpec.Effect.FAIL, 3)
                .under(AT_MOST_ONCE).firstLost().because(Cause.POISON)
                .saying("c failed to process it at ")
                .saying("it had been committed on receipt, so nobody delivered it again");
    }

    @Test
    void commitBeforeProcessing_crashInTimeWhileItWaits_lost() {
        story().viaBroker().messages(200).workers(1).processingTakes(30 * MS).commit(CommitPolicy.BEFORE_PROCESS)
                .consumerCrashesInTime(S, 100 * MS)
                .seedWhere(AT_LEAST_ONCE, "a crash catches a committed message in the queue",
                        run -> !run.withOutcome(MessageOutcome.LOST).isEmpty())
                .under(AT_LEAST_ONCE).firstLost().because(Cause.COMMITTED_BEFORE_PROCESS)
                .saying("the commit had already let it go");
    }

    @Test
    void commitEverySecondOnAQueue_crashInTime_redeliversWhatWasNotYetAcked() {
        story().viaBroker().messages(200).commit(CommitPolicy.every(S)).consumerCrashesInTime(S, 100 * MS)
                .seedWhere(AT_LEAST_ONCE, "a crash catches processed deliveries before their commit",
                        run -> !run.withOutcome(MessageOutcome.DUPLICATED).isEmpty())
                .under(AT_LEAST_ONCE).firstDuplicated().because(Cause.CRASH_AFTER_PROCESS)
                .saying(", before it had acked it; b redelivered it at ");
    }

    private static long crashes(JournalIndex run) {
        return run.journal().stream().filter(e -> e.kind() == TraceKind.CRASHED).count();
    }
}
