package dsim.preset;

import static dsim.preset.Knob.broker;
import static dsim.preset.Knob.consumer;

import java.util.List;

/** Google Cloud Pub/Sub pull subscription with a new subscription's settings. */
final class PubSub {

    private static final String REFERENCE = "https://cloud.google.com/pubsub/docs/reference/rpc/google.pubsub.v1";

    private PubSub() {
    }

    static Preset preset() {
        return new Preset("gcp-pubsub", "Google Cloud Pub/Sub (pull subscription)", List.of(
                broker("redelivery-timeout", "10s", "s", "ack_deadline_seconds=10", REFERENCE + "#subscription",
                        "custom deadlines run from 10 to 600 s"),
                broker("requeue-on-crash", "false", "-", "ack deadline", REFERENCE + "#subscription",
                        "an unacked message is redelivered when its deadline passes"),
                consumer("prefetch", "1000", "messages", "flow control: max outstanding messages 1000",
                        "https://cloud.google.com/cpp/docs/reference/pubsub/latest/"
                                + "structgoogle_1_1cloud_1_1pubsub_1_1MaxOutstandingMessagesOption",
                        "a client library default (Go, Java, C++), not a service setting")),
                List.of("dead_letter_policy: unset, so no dead-lettering; once set, max_delivery_attempts defaults"
                                + " to 5: write max-deliveries: 5",
                        "exactly-once delivery: off by default, pull subscriptions only; not modeled",
                        "retry_policy unset: redelivery \"as soon as possible\" after the deadline, as dsim does",
                        "the client libraries extend the deadline of a message they hold (Java: up to 1 h): write a"
                                + " longer redelivery-timeout to model a client that does"),
                List.of("An ack that misses its 10 s deadline, slow processing or an ack lost on the way, is"
                                + " redelivered: the message is processed twice.",
                        "No dead-letter topic by default: a poison message is redelivered for ever."),
                "presets/pubsub-ack-deadline.yaml");
    }
}
