package dsim.bench;

/**
 * Events per second of one queue on the hold model at one size, over repeated rounds.
 *
 * @param pending           events pending throughout
 * @param engine            "dsim", "binary-heap" or "priority-queue"
 * @param minPerSecond      slowest round
 * @param medianPerSecond   median round: the figure to quote
 * @param maxPerSecond      fastest round
 * @param ratioToBinaryHeap median over the binary heap's median in the same run
 */
public record HoldResult(int pending, String engine, double minPerSecond, double medianPerSecond,
                         double maxPerSecond, double ratioToBinaryHeap) {
}
