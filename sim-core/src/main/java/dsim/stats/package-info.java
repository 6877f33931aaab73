/**
 * Honest statistics over independent replications (one run per seed): Student-t intervals
 * for means, exact (Clopper-Pearson) intervals for proportions, paired differences under common random
 * numbers, and closed-form predictions to hold the simulation against.
 */
package dsim.stats;
