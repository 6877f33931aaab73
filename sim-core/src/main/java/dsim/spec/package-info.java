/**
 * The validated description of one simulated system: immutable records and enums, fully
 * resolved (defaults applied, names checked), so the model never validates anything mid-run.
 * Every duration is a {@code long} of nanoseconds and says so in its name; every probability
 * is a {@code double} in [0, 1]. The loader in {@link dsim.scenario} builds them; the model
 * reads only these.
 */
package dsim.spec;
