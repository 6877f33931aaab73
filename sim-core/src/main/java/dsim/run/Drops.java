package dsim.run;

/**
 * Packets that never arrived, by cause.
 *
 * @param linkLoss packets a link lost (independent or bursty loss)
 * @param outage   packets lost inside a link outage window
 * @param nodeDown packets that reached a node while it was down
 */
public record Drops(long linkLoss, long outage, long nodeDown) {

    /** All drops. */
    public long total() {
        return linkLoss + outage + nodeDown;
    }
}
