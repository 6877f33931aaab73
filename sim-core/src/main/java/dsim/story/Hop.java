package dsim.story;

/**
 * One packet of a story, as positions in the story's entries: where it was put on a link
 * (a {@code sent} entry, or a {@code duplicated} entry for a link's extra copy) and the entry
 * that shows where it ended.
 *
 * @param send the sent or duplicated entry
 * @param end  the receiver's entry it caused, or the drop; -1 if the journal shows no trace of
 *             its arrival (an ack for something already acked leaves none)
 * @param fate how it ended
 */
public record Hop(int send, int end, Fate fate) {

    /** How a packet ended. */
    public enum Fate {
        /** It reached the receiver, whose next entry for the message is {@code end}. */
        ARRIVED,
        /** The link dropped it (loss or outage); {@code end} is the drop. */
        DROPPED_ON_LINK,
        /** It reached a receiver that was down; {@code end} is the drop. */
        RECEIVER_DOWN,
        /** It arrived, but changed nothing the journal records. */
        UNRECORDED
    }

    /** Whether the packet never reached a running receiver. */
    public boolean lost() {
        return fate == Fate.DROPPED_ON_LINK || fate == Fate.RECEIVER_DOWN;
    }
}
