/**
 * dsim as a library: load a scenario, run it, compare its semantics over many seeds and check
 * what it promises, from Java code such as a JUnit test in your own build.
 *
 * <pre>{@code
 * DsimScenario scenario = DsimScenario.load(Path.of("scenarios/payments.yaml"));
 * Run run = scenario.run(Semantics.EXACTLY_ONCE, 42);
 * assertEquals(0, run.duplicated());
 * assertTrue(run.expectationsHeld(), run.verdicts().toString());
 *
 * ComparisonResult c = scenario.compare(42, 20);
 * Estimate lost = c.of(Semantics.AT_MOST_ONCE).lost();   // percent of produced, with a 95% interval
 * }</pre>
 *
 * <p>{@link dsim.api.DsimScenario} is the front door: it loads and validates a scenario (from a
 * file, a stream or YAML text) and runs it. Everything it hands back is immutable:
 * {@link dsim.api.Run} (one run's figures and its expectation verdicts),
 * {@link dsim.api.ComparisonResult} and {@link dsim.api.SemanticsEstimates} (means over seeds
 * with confidence intervals), {@link dsim.api.ExpectationVerdict}. A scenario that cannot be
 * used throws {@link dsim.api.InvalidScenarioException}, which lists every problem with its
 * file, line, column and key path.
 *
 * <p>The API names a few immutable types from below it rather than copy them:
 * {@link dsim.spec.Semantics}, {@link dsim.run.Outcome}, {@link dsim.stats.Estimate},
 * {@link dsim.spec.Problem} and {@link dsim.check.SeedsHeld}. Runs are deterministic: the
 * same scenario and seed give the same figures and trace digest on any machine, and a
 * comparison's results do not depend on its thread count.
 *
 * <p>{@link dsim.api.DsimScenario#spec()} and
 * {@link dsim.api.DsimScenario#simulate(dsim.spec.Semantics, long, dsim.journal.TraceSink, dsim.model.FaultLog)}
 * reach below the API, for dsim's own commands and reports; their types may change between
 * versions.
 */
package dsim.api;
