package dsim.preset;

import static dsim.preset.Knob.broker;

import java.util.List;

/** RabbitMQ 4 quorum queue with publisher confirms and manual consumer acks. */
final class RabbitMq {

    private static final String DOCS = "https://www.rabbitmq.com/docs/";

    private RabbitMq() {
    }

    static Preset preset() {
        return new Preset("rabbitmq", "RabbitMQ (quorum queue)", List.of(
                broker("durable", "true", "-", "durable queue, persistent messages", DOCS
                        + "confirms#publisher-confirms-latency", "quorum queues are always durable"),
                broker("ack", "after-persist", "-", "publisher confirms", DOCS + "confirms#publisher-confirms-latency",
                        "\"basic.ack for a persistent message routed to a durable queue will be sent after persisting"
                                + " the message to disk\"; fsyncs are batched every few hundred ms (no exact number:"
                                + " persist-time is left to the file)"),
                broker("requeue-on-crash", "true", "-", "automatic requeueing on channel close", DOCS
                        + "confirms#automatic-requeueing", "redeliveries carry redeliver=true"),
                broker("redelivery-timeout", "30m", "min", "consumer_timeout=1800000", DOCS
                        + "consumers#acknowledgement-timeout", "the channel is closed and its deliveries requeued"),
                broker("max-deliveries", "20", "deliveries", "quorum queue delivery-limit=20", DOCS
                        + "quorum-queues#poison-message-handling", "since RabbitMQ 4.0; 3.13 had no limit"),
                broker("dead-letter-queue", "false", "-", "no dead-letter exchange", DOCS + "dlx",
                        "without a configured DLX a message over the delivery limit is dropped")),
                List.of("basic.qos prefetch=0 (unlimited): not filled; dsim's prefetch stays one per worker, write"
                                + " prefetch to model a client's choice",
                        "auto-ack consumers: a consumer's choice, dsim's at-most-once"),
                List.of("A poison message is dropped for good after its 20th delivery: no dead-letter exchange is"
                                + " configured by default.",
                        "A consumer that holds a delivery for more than 30 minutes loses its channel, and every"
                                + " delivery on it is requeued."),
                "presets/rabbitmq-delivery-limit.yaml");
    }
}
