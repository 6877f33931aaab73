package dsim.spec;

/**
 * The faults of packets from {@code from} to {@code to}: the network default with the keys
 * the file set here replaced. Only that direction: the reverse needs its own entry.
 *
 * @param from the sending node
 * @param to   the receiving node
 * @param link the resolved faults (default merged with what this entry sets)
 */
public record LinkOverride(String from, String to, LinkSpec link) {
}
