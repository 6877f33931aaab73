/**
 * Scenario files: the immutable, validated description of one simulated system, and the
 * loader that turns a YAML file into it (or into one clear error per problem).
 *
 * <p>Every duration is a {@code long} of nanoseconds and says so in its name; every
 * probability is a {@code double} in [0, 1]. Records here are fully resolved: defaults
 * applied, names checked, so the engine never has to validate anything mid-run.
 */
package dsim.scenario;
