package dsim.preset;

import static dsim.preset.Knob.broker;

import java.util.List;

/** Azure Service Bus queue in peek-lock mode with a new queue's properties. */
final class ServiceBus {

    private static final String LEARN = "https://learn.microsoft.com/";

    private ServiceBus() {
    }

    static Preset preset() {
        return new Preset("azure-service-bus", "Azure Service Bus (queue, peek-lock)", List.of(
                broker("redelivery-timeout", "1m", "min", "LockDuration=1 minute", LEARN
                        + "dotnet/api/azure.messaging.servicebus.administration.createqueueoptions.lockduration",
                        "at most 5 minutes"),
                broker("max-deliveries", "10", "deliveries", "MaxDeliveryCount=10", LEARN
                        + "azure/service-bus-messaging/service-bus-dead-letter-queues", ""),
                broker("dead-letter-queue", "true", "-", "dead-letter sub-queue", LEARN
                        + "azure/service-bus-messaging/service-bus-dead-letter-queues", "always there; it cannot be"
                        + " deleted or turned off"),
                broker("idempotent", "false", "-", "RequiresDuplicateDetection=false", LEARN
                        + "dotnet/api/azure.messaging.servicebus.administration.createqueueoptions."
                        + "requiresduplicatedetection", "fixed when the queue is created"),
                broker("dedup-window", "10m", "min", "DuplicateDetectionHistoryTimeWindow=10 minutes", LEARN
                        + "azure/service-bus-messaging/duplicate-detection", "the documents disagree: the service's"
                        + " page says 10 minutes, the .NET QueueProperties reference 1 minute; dsim follows the"
                        + " service's page. Used only with idempotent: true")),
                List.of("PrefetchCount=0: dsim's prefetch stays one per worker, which is no prefetch",
                        "ReceiveAndDelete mode: dsim's at-most-once"),
                List.of("Duplicate detection is off by default: a producer's retry of a message whose ack was lost"
                                + " is stored again and processed twice.",
                        "A message still being processed when its 1-minute lock expires is delivered again; after 10"
                                + " deliveries it goes to the dead-letter queue."),
                "presets/service-bus-duplicate-detection.yaml");
    }
}
