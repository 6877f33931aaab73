/**
 * Comparing semantics: every semantics over the same seeds, summarised per metric with
 * confidence intervals, paired differences, closed-form checks and expected costs. Pure
 * computation; rendering lives in the reports module.
 */
package dsim.compare;
