package dsim.preset;

import static dsim.preset.Knob.broker;

import java.util.ArrayList;
import java.util.List;

/** Amazon SQS standard and FIFO queues with a new queue's attributes. */
final class Sqs {

    private static final String API = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/"
            + "API_CreateQueue.html";
    private static final String GUIDE = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/";

    private Sqs() {
    }

    private static List<Knob> queueKnobs() {
        return List.of(
                broker("redelivery-timeout", "30s", "s", "VisibilityTimeout=30", API, "the same queue attribute on a"
                        + " FIFO queue (no FIFO-specific value is documented)"),
                broker("requeue-on-crash", "false", "-", "visibility timeout", GUIDE + "sqs-visibility-timeout.html",
                        "a received message stays invisible until its timeout, whatever happened to the receiver"));
    }

    private static final List<String> LEFT_OUT = List.of(
            "RedrivePolicy: none by default, so no dead-letter queue; once set, maxReceiveCount defaults to 10"
                    + " (API reference): write max-deliveries: 10",
            "ReceiveMessage MaxNumberOfMessages=1 (up to 10): dsim's prefetch stays one per worker",
            "MessageRetentionPeriod=4 days: not modeled; a run ends long before");

    static Preset standard() {
        List<Knob> knobs = new ArrayList<>(queueKnobs());
        knobs.add(broker("idempotent", "false", "-", "at-least-once delivery", GUIDE + "standard-queues.html",
                "\"more than one copy of a message might be delivered\""));
        List<String> leftOut = new ArrayList<>(LEFT_OUT);
        leftOut.add("the occasional extra copy a standard queue delivers by itself: not modeled, no rate is"
                + " documented; dsim's duplicates come from timeouts and retries");
        return new Preset("sqs-standard", "Amazon SQS, standard queue", knobs, leftOut, List.of(
                "A job that takes longer than the 30 s visibility timeout becomes visible again while it is still"
                        + " being processed, and a second worker processes it too.",
                "No dead-letter queue unless a redrive policy is set: a poison message comes back for ever."),
                "presets/sqs-visibility-timeout.yaml");
    }

    static Preset fifo() {
        List<Knob> knobs = new ArrayList<>(queueKnobs());
        knobs.add(broker("idempotent", "true", "-", "MessageDeduplicationId", GUIDE
                + "FIFO-queues-exactly-once-processing.html", "\"FIFO queues don't introduce duplicate messages\";"
                + " content-based deduplication is opt-in (no literal default is documented)"));
        knobs.add(broker("dedup-window", "5m", "min", "deduplication interval: 5 minutes", GUIDE
                + "FIFO-key-terms.html", "tracked even after the message is received and deleted"));
        List<String> leftOut = new ArrayList<>(LEFT_OUT);
        leftOut.add("message groups (one in-flight batch per group): not modeled; each message is its own group");
        return new Preset("sqs-fifo", "Amazon SQS, FIFO queue", knobs, leftOut, List.of(
                "A producer retry sent more than 5 minutes after the first attempt is a new message to the queue:"
                        + " stored and processed twice.",
                "Deduplication covers sends, not receives: a job that outlasts its visibility timeout is received"
                        + " twice."),
                "presets/sqs-fifo-late-retry.yaml");
    }
}
