package dsim.spec;

/**
 * Which of the file's random fault sources apply: {@code random-faults: off} turns them all
 * off, so that only a fault script acts; a mapping turns each off alone.
 *
 * @param loss      links' random loss (independent or bursty)
 * @param duplicate links' random duplication
 * @param outages   links' outage windows
 * @param crashes   crashes: consumers' per delivery and every node's in time
 */
public record RandomFaults(boolean loss, boolean duplicate, boolean outages, boolean crashes) {

    /** Every source on: a file that does not say. */
    public static final RandomFaults ON = new RandomFaults(true, true, true, true);
    /** Every source off: only the fault script acts. */
    public static final RandomFaults OFF = new RandomFaults(false, false, false, false);
}
