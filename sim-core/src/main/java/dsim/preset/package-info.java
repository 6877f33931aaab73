/**
 * Platform presets: the documented defaults of real brokers (Kafka, SQS, RabbitMQ, Redis
 * Streams, NATS JetStream, Pub/Sub, Service Bus) as the scenario keys they stand for, each
 * with the document it came from, what dsim leaves out, and the hazard the defaults carry.
 * Plain data: {@code dsim.scenario} fills a broker written {@code preset: NAME} from it, and
 * the {@code presets} command prints it.
 */
package dsim.preset;
