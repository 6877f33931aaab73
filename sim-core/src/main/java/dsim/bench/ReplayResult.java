package dsim.bench;

/**
 * A run and the replay of one of its messages.
 *
 * @param messages         messages in the run
 * @param messageId        the message whose story the replay keeps
 * @param entriesKept      journal entries the replay kept
 * @param runSeconds       the plain run's time
 * @param replaySeconds    the replay's time
 * @param runPeakHeapBytes the most heap in use at once during the plain run
 * @param replayPeakHeapBytes the same during the replay
 */
public record ReplayResult(long messages, String messageId, long entriesKept, double runSeconds, double replaySeconds,
                           long runPeakHeapBytes, long replayPeakHeapBytes) {

    /** The replay's time over the run's. */
    public double timeRatio() {
        return replaySeconds / runSeconds;
    }

    /** The replay's peak heap over the run's. */
    public double memoryRatio() {
        return (double) replayPeakHeapBytes / runPeakHeapBytes;
    }
}
