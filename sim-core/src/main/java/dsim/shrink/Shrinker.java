package dsim.shrink;

import dsim.model.FaultLog;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.FaultsSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RandomFaults;
import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a failing run to the faults it needs. Collects every fault that fired as a script,
 * turns the random faults off, checks that the script alone fails the same way, minimises it
 * with delta debugging to a 1-minimal set, cuts each producer's messages to as few as still
 * fail, and then explains by intervention: the run without each remaining fault, and what it
 * shows instead. Deterministic: the same run always shrinks to the same result.
 *
 * <p>The search simulates at most a given number of events, over all its runs. A run that fired
 * tens of thousands of faults (a producer crashing again and again, each crash a fault) could
 * otherwise keep ddmin busy for hours; at the limit the shrink stops with the smallest failing
 * script found so far, and says that it may not be 1-minimal. Events, not runs: a small scenario's
 * shrink may need thousands of runs of a few thousand events each, and should get them, where a
 * large one's runs cost a thousand times more. And events, not the clock: a shrink stops at the
 * same place on every machine.
 */
public final class Shrinker {

    private final Scenario scenario;
    private final Semantics semantics;
    private final long seed;
    private final String messageId;
    private final long maxEvents;
    private int runs;
    private long events;

    /**
     * Events a shrink's search simulates at most unless told otherwise: a minute or two, as runs
     * under a script of thousands of faults go at 3 to 6 million events a second. The README's
     * shrinks simulate 0.2 to 9 million.
     */
    public static final long DEFAULT_MAX_EVENTS = 500_000_000L;

    private Shrinker(Scenario scenario, Semantics semantics, long seed, String messageId, long maxEvents) {
        this.scenario = scenario;
        this.semantics = semantics;
        this.seed = seed;
        this.messageId = messageId;
        this.maxEvents = maxEvents;
    }

    /** One run and what its faults did. */
    private record Run(RunResult result, FaultLog log) {
    }

    /**
     * Shrinks the run of {@code scenario} under {@code semantics} and {@code seed}.
     *
     * @param messageId keep this message's bad outcome (lost, or processed more than once)
     *                  failing; null to keep the first broken check of the scenario's expect
     * @throws ShrinkException if the run does not fail, or its faults alone do not make it fail
     */
    public static Shrunk shrink(Scenario scenario, Semantics semantics, long seed, String messageId)
            throws ShrinkException {
        return shrink(scenario, semantics, seed, messageId, DEFAULT_MAX_EVENTS);
    }

    /**
     * As {@link #shrink(Scenario, Semantics, long, String)}, its search simulating at most
     * {@code maxEvents} events. The run itself and its faults alone always run. Taking each
     * fault of a 1-minimal result out in turn, to say why it is needed, comes on top.
     */
    public static Shrunk shrink(Scenario scenario, Semantics semantics, long seed, String messageId, long maxEvents)
            throws ShrinkException {
        return new Shrinker(scenario, semantics, seed, messageId, maxEvents).shrink();
    }

    private Shrunk shrink() throws ShrinkException {
        FaultLog recorded = log(FaultLog.recording());
        RunResult first = Simulation.run(scenario, semantics, seed, null, recorded);
        runs++;
        events += first.events();
        Failure failure = failure(first, recorded);
        String failed = failure.describe(first, recorded);
        List<ScriptedFault> fired = recorded.fired();
        List<Long> original = scenario.producers().stream().map(ProducerSpec::messages).toList();
        if (!fails(failure, fired, original)) {
            throw new ShrinkException("the " + fired.size() + " faults that fired do not alone make the run fail ("
                    + failed + "): it also depends on random draws that are not faults (delays, arrivals, poison"
                    + " messages), so there is nothing to shrink");
        }
        Ddmin.Reduced<ScriptedFault> fewest = Ddmin.minimize(fired, faults -> fails(failure, faults, original),
                this::mayRun);
        // Cutting messages is for a 1-minimal script: a search stopped short has no events left for it.
        List<Long> messages = fewest.oneMinimal() ? fewerMessages(failure, fewest.items(), original) : original;
        // Fewer messages can make a fault needless: minimise again, so the result is 1-minimal as written.
        Ddmin.Reduced<ScriptedFault> reduced = messages.equals(original) ? fewest
                : Ddmin.minimize(fewest.items(), faults -> fails(failure, faults, messages), this::mayRun);
        List<ScriptedFault> minimal = reduced.items();
        if (!reduced.oneMinimal()) {
            return new Shrunk(failed, fired.size(), minimal, messages, original, scripted(minimal, messages), runs,
                    List.of(), "the search stopped at its limit of " + maxEvents + " events simulated, after " + runs
                    + " runs: these faults still fail the same way, but not every one of them may be needed", false);
        }
        List<String> why = new ArrayList<>();
        for (int i = 0; i < minimal.size(); i++) {
            List<ScriptedFault> without = new ArrayList<>(minimal);
            without.remove(i);
            Run r = run(without, messages);
            why.add("without " + minimal.get(i).describe() + ": " + failure.instead(r.result(), r.log()));
        }
        return new Shrunk(failed, fired.size(), minimal, messages, original, scripted(minimal, messages), runs, why,
                needs(failure, minimal, messages), true);
    }

    /** Whether the search may take one more run: it has simulated fewer events than its limit. */
    private boolean mayRun() {
        return events < maxEvents;
    }

    /** What to keep failing, from the first run. */
    private Failure failure(RunResult r, FaultLog log) throws ShrinkException {
        String run = semantics.id() + " seed " + Long.toUnsignedString(seed);
        if (messageId != null) {
            int n = log.watchedProcessings();
            if (n < 0) {
                throw new ShrinkException("no message " + messageId + " in " + scenario.name());
            }
            if (n == 1) {
                throw new ShrinkException(messageId + " is processed once under " + run + ": nothing failed");
            }
            return new Failure(null, messageId, n);
        }
        Failure f = Failure.firstBroken(scenario.expect().get(semantics), r);
        if (f == null) {
            throw new ShrinkException("every expect of " + semantics.id() + " holds in seed " + Long.toUnsignedString(seed)
                    + ": nothing failed; name a lost or duplicated message with --message to shrink its story");
        }
        return f;
    }

    /** The fewest messages per producer (in file order) that still fail, each found by bisection. */
    private List<Long> fewerMessages(Failure failure, List<ScriptedFault> faults, List<Long> original) {
        List<Long> counts = new ArrayList<>(original);
        for (int p = 0; p < counts.size(); p++) {
            long lo = Math.max(1, needed(faults, scenario.producers().get(p).name()));
            long hi = counts.get(p);
            while (lo < hi && mayRun()) {
                long mid = lo + (hi - lo) / 2;
                counts.set(p, mid);
                if (fails(failure, faults, counts)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            counts.set(p, hi); // a count that fails: the original, or one a run confirmed
        }
        return counts;
    }

    /** The highest sequence of producer {@code name} that a fault or the watched message names. */
    private long needed(List<ScriptedFault> faults, String name) {
        long need = 0;
        for (ScriptedFault f : faults) {
            ScriptedFault.PacketRef p = packet(f);
            if (p != null && p.producer().equals(name)) {
                need = Math.max(need, p.sequence());
            }
        }
        if (messageId != null && messageId.startsWith(name + "-")) {
            try {
                need = Math.max(need, Long.parseLong(messageId.substring(name.length() + 1)));
            } catch (NumberFormatException e) {
                // another producer whose name this one's starts with
            }
        }
        return need;
    }

    private static ScriptedFault.PacketRef packet(ScriptedFault f) {
        if (f instanceof ScriptedFault.Drop d) {
            return d.packet();
        }
        if (f instanceof ScriptedFault.Duplicate d) {
            return d.packet();
        }
        if (f instanceof ScriptedFault.Delay d) {
            return d.packet();
        }
        return f instanceof ScriptedFault.PointCrash c ? c.packet() : null;
    }

    private String needs(Failure failure, List<ScriptedFault> minimal, List<Long> messages) {
        if (minimal.isEmpty()) {
            Run r = run(minimal, messages);
            return "it fails with no fault at all (" + failure.describe(r.result(), r.log())
                    + "): the scenario fails by itself";
        }
        List<String> named = minimal.stream().map(ScriptedFault::describe).toList();
        if (named.size() == 1) {
            return "it needs one fault: " + named.get(0);
        }
        if (named.size() == 2) {
            return "it needs both: " + named.get(0) + " and " + named.get(1) + "; without either it passes";
        }
        return "it needs all " + named.size() + " faults; without any one of them it passes";
    }

    private boolean fails(Failure failure, List<ScriptedFault> faults, List<Long> messages) {
        Run r = run(faults, messages);
        return failure.in(r.result(), r.log());
    }

    private Run run(List<ScriptedFault> faults, List<Long> messages) {
        FaultLog log = log(FaultLog.counting());
        RunResult r = Simulation.run(scripted(faults, messages), semantics, seed, null, log);
        runs++;
        events += r.events();
        return new Run(r, log);
    }

    /** The scenario with only {@code faults}, random faults off, and each producer's message count set. */
    private Scenario scripted(List<ScriptedFault> faults, List<Long> messages) {
        List<ProducerSpec> producers = new ArrayList<>();
        for (int p = 0; p < scenario.producers().size(); p++) {
            ProducerSpec s = scenario.producers().get(p);
            producers.add(new ProducerSpec(s.name(), s.sendTo(), messages.get(p), s.arrival(), s.crash(), s.outbox()));
        }
        return scenario.withProducers(producers).withFaults(new FaultsSpec(RandomFaults.OFF, faults), seed);
    }

    private FaultLog log(FaultLog log) {
        return messageId == null ? log : log.watching(messageId);
    }
}
