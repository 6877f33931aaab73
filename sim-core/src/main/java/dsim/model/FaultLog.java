package dsim.model;

import dsim.spec.ScriptedFault;

import java.util.ArrayList;
import java.util.List;

/**
 * What faults did in one run: every fault that fired, random or scripted, written as the
 * script fault that would make it fire again (when recording), and how often each fault of
 * the scenario's own script fired. Pass one to {@link Model}; read it after the run.
 */
public final class FaultLog {

    private final boolean recording;
    private final List<ScriptedFault> fired = new ArrayList<>();
    private int[] scriptHits = new int[0];
    private String watched;
    private int watchedProcessings = -1;
    private boolean watchingBad;
    private List<String> badMessages = List.of();

    private FaultLog(boolean recording) {
        this.recording = recording;
    }

    /** A log that keeps every fault that fires, and counts the script's. */
    public static FaultLog recording() {
        return new FaultLog(true);
    }

    /** A log that only counts how often each fault of the script fired. */
    public static FaultLog counting() {
        return new FaultLog(false);
    }

    /** This log, also told how often message {@code id} (e.g. {@code checkout-786}) was processed. */
    public FaultLog watching(String id) {
        watched = id;
        return this;
    }

    /** This log, also told which messages ended lost or processed more than once. */
    public FaultLog watchingBadMessages() {
        watchingBad = true;
        return this;
    }

    /** The messages that ended lost or processed more than once, if watched; in message order. */
    public List<String> badMessages() {
        return badMessages;
    }

    boolean watchesBadMessages() {
        return watchingBad;
    }

    void badMessages(List<String> ids) {
        badMessages = List.copyOf(ids);
    }

    /** How often the watched message was processed in the run; -1 if none is watched or no such message exists. */
    public int watchedProcessings() {
        return watchedProcessings;
    }

    String watched() {
        return watched;
    }

    void watchedProcessings(int n) {
        watchedProcessings = n;
    }

    boolean isRecording() {
        return recording;
    }

    void fired(ScriptedFault f) {
        fired.add(f);
    }

    void scriptHits(int[] hits) {
        scriptHits = hits.clone();
    }

    /** Every fault that fired, in the order it fired; empty unless {@link #recording()}. */
    public List<ScriptedFault> fired() {
        return List.copyOf(fired);
    }

    /** How often fault {@code i} (from 0, in file order) of the scenario's script fired. */
    public int hits(int i) {
        return i < scriptHits.length ? scriptHits[i] : 0;
    }

    /** The script's faults (from 0) that never fired. */
    public List<Integer> neverFired() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < scriptHits.length; i++) {
            if (scriptHits[i] == 0) {
                out.add(i);
            }
        }
        return out;
    }
}
