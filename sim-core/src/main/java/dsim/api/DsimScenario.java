package dsim.api;

import dsim.check.ExpectationChecker;
import dsim.compare.Comparisons;
import dsim.journal.TraceSink;
import dsim.model.FaultLog;
import dsim.run.RunResult;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;
import dsim.scenario.ScenarioOverride;
import dsim.simulation.Simulation;
import dsim.spec.Expectation;
import dsim.spec.Problem;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scenario, loaded and validated, ready to run: dsim's front door for Java code. It is
 * immutable and may be shared between threads; each run builds its own world.
 *
 * <p>Loading checks every key and value and reports every problem at once, as an
 * {@link InvalidScenarioException}; once loaded, a scenario never fails mid-run. Runs are
 * deterministic: the same scenario and seed give the same {@link Run}, trace digest included,
 * on any machine.
 */
public final class DsimScenario {

    /** The name a scenario read from standard input goes by in messages. */
    public static final String STANDARD_INPUT = "<stdin>";

    private final Scenario spec;
    /** The bytes it was read from, for variants: a scenario file has at most 4 MiB. */
    private final byte[] yaml;
    private final List<ScenarioOverride> overrides;

    private DsimScenario(Scenario spec, byte[] yaml, List<ScenarioOverride> overrides) {
        this.spec = spec;
        this.yaml = yaml;
        this.overrides = List.copyOf(overrides);
    }

    /**
     * Loads the scenario file {@code file}; problems name it as {@code file.toString()}.
     *
     * @throws InvalidScenarioException if it cannot be read or is not a valid scenario
     */
    public static DsimScenario load(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return parse(String.valueOf(file), ScenarioLoader.read(file), List.of());
        } catch (ScenarioException e) {
            throw new InvalidScenarioException(e.problems());
        }
    }

    /**
     * Reads a scenario from {@code in} to its end (at most 4 MiB; the stream is not closed);
     * {@code name} stands for the file in problems, e.g. {@link #STANDARD_INPUT}.
     *
     * @throws InvalidScenarioException if it cannot be read or is not a valid scenario
     */
    public static DsimScenario read(String name, InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return parse(name, ScenarioLoader.read(name, in), List.of());
        } catch (ScenarioException e) {
            throw new InvalidScenarioException(e.problems());
        }
    }

    /**
     * The scenario {@code yaml} describes; {@code name} stands for its file in problems, e.g.
     * {@code checkout.yaml}.
     *
     * @throws InvalidScenarioException if it is not a valid scenario
     */
    public static DsimScenario fromYaml(String name, String yaml) {
        Objects.requireNonNull(yaml, "yaml");
        return parse(name, yaml.getBytes(StandardCharsets.UTF_8), List.of());
    }

    private static DsimScenario parse(String name, byte[] bytes, List<ScenarioOverride> overrides) {
        try {
            return new DsimScenario(ScenarioLoader.parse(name, bytes, overrides), bytes, overrides);
        } catch (ScenarioException e) {
            throw new InvalidScenarioException(e.problems());
        }
    }

    /**
     * This scenario with one value replaced, as {@code dsim --set PATH=VALUE} would, e.g.
     * {@code with("network.default.loss", "5%")}: the value is checked as if the file said it.
     * Paths name keys as the file nests them: {@code retry.max-attempts},
     * {@code consumers[ledger].dedup.window}, {@code network.links[checkout->gateway].loss}.
     *
     * @throws InvalidScenarioException if the path or the value does not fit the scenario
     */
    public DsimScenario with(String path, String value) {
        return withOverrides(List.of(new ScenarioOverride(path, value)));
    }

    /**
     * This scenario with {@code more} overrides applied after its own, in order (a later one wins
     * on the same path). {@code dsim compare --vary} builds its variants so.
     *
     * @throws InvalidScenarioException if one does not fit the scenario
     */
    public DsimScenario withOverrides(List<ScenarioOverride> more) {
        List<ScenarioOverride> all = new ArrayList<>(overrides);
        all.addAll(more);
        return parse(spec.source().fileName(), yaml, all);
    }

    /** The scenario's {@code name}. */
    public String name() {
        return spec.name();
    }

    /** Its {@code description}, possibly empty. */
    public String description() {
        return spec.description();
    }

    /** Its {@code lesson}: the claim it makes, in one line, possibly empty. */
    public String lesson() {
        return spec.lesson();
    }

    /** The seed it runs with when none is given ({@code seed:}, default 1). */
    public long seed() {
        return spec.seed();
    }

    /** The semantics it runs, in file order. */
    public List<Semantics> semantics() {
        return spec.semantics();
    }

    /** The producers' names, in file order. */
    public List<String> producers() {
        return spec.producers().stream().map(p -> p.name()).toList();
    }

    /** The brokers' names, in file order; empty if it has none. */
    public List<String> brokers() {
        return spec.brokers().stream().map(b -> b.name()).toList();
    }

    /** The consumers' names, in file order. */
    public List<String> consumers() {
        return spec.consumers().stream().map(c -> c.name()).toList();
    }

    /** How many messages its producers create in a run, together. */
    public long messages() {
        return spec.totalMessages();
    }

    /** The name it was loaded under: the file's path as given, or the name passed with its text. */
    public String fileName() {
        return spec.source().fileName();
    }

    /** The hex SHA-256 of the bytes it was read from, so a report names exactly what ran. */
    public String sha256() {
        return spec.source().sha256();
    }

    /** The YAML it was read from, as text. */
    public String yaml() {
        return new String(yaml, StandardCharsets.UTF_8);
    }

    /** What is legal but probably unintended (a delay with an infinite mean, say), in file order. */
    public List<Problem> warnings() {
        return spec.source().warnings();
    }

    /** One run under {@code semantics} with the scenario's own seed. */
    public Run run(Semantics semantics) {
        return run(semantics, spec.seed());
    }

    /**
     * One run under {@code semantics} with master seed {@code seed}: its figures, and each check
     * of the scenario's {@code expect} for that semantics judged.
     *
     * @throws IllegalArgumentException if the scenario does not list {@code semantics}
     */
    public Run run(Semantics semantics, long seed) {
        RunResult result = simulate(semantics, seed, null, null);
        Expectation expectation = spec.expect().get(semantics);
        List<ExpectationVerdict> verdicts = expectation == null ? List.of()
                : ExpectationChecker.evaluate(expectation, result).stream()
                        .map(v -> ExpectationVerdict.of(semantics, v)).toList();
        return Run.of(result, verdicts);
    }

    /** A run under every semantics of the scenario with master seed {@code seed}, in the scenario's order. */
    public List<Run> runAll(long seed) {
        return spec.semantics().stream().map(s -> run(s, seed)).toList();
    }

    /**
     * Every check of the scenario's {@code expect}, per semantics in the scenario's order, judged
     * against one run each with master seed {@code seed}. {@code sometimes} checks, which speak of
     * many seeds, are judged by {@link #compare(long, int)}.
     */
    public List<ExpectationVerdict> check(long seed) {
        return runAll(seed).stream().flatMap(r -> r.verdicts().stream()).toList();
    }

    /**
     * Every semantics over seeds {@code firstSeed .. firstSeed + seeds - 1}, on as many threads as
     * there are processors; the results do not depend on the thread count.
     */
    public ComparisonResult compare(long firstSeed, int seeds) {
        return compare(firstSeed, seeds, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #compare(long, int)} on {@code threads} worker threads.
     *
     * @throws IllegalArgumentException if {@code seeds} or {@code threads} is below 1
     */
    public ComparisonResult compare(long firstSeed, int seeds, int threads) {
        return ComparisonResult.of(Comparisons.compare(spec, firstSeed, seeds, threads, null));
    }

    /**
     * The validated scenario below this API, immutable records that dsim's own commands and
     * reports read. Its types may change between versions.
     */
    public Scenario spec() {
        return spec;
    }

    /**
     * One run with the engine's whole result, below this API: what {@link #run(Semantics, long)}
     * summarises. {@code trace} (or null) is told every journal entry, {@code faults} (or null)
     * which faults fired. Its types may change between versions.
     *
     * @throws IllegalArgumentException if the scenario does not list {@code semantics}
     */
    public RunResult simulate(Semantics semantics, long seed, TraceSink trace, FaultLog faults) {
        if (!spec.semantics().contains(Objects.requireNonNull(semantics, "semantics"))) {
            throw new IllegalArgumentException(spec.name() + " does not run " + semantics + "; it runs "
                    + spec.semantics());
        }
        return faults == null ? Simulation.run(spec, semantics, seed, trace)
                : Simulation.run(spec, semantics, seed, trace, faults);
    }

    @Override
    public String toString() {
        return "scenario " + spec.name() + " (" + spec.source().fileName() + ")";
    }
}
