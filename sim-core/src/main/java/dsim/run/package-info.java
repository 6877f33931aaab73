/**
 * What one run produces: its tally ({@link dsim.run.RunResult}), how it ended, its drops and
 * its latencies. The model fills these in; it imports nothing above itself.
 */
package dsim.run;
