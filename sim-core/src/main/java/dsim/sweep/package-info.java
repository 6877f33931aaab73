/**
 * Many runs of one scenario: every semantics over a range of seeds, spread over worker
 * threads, merged in seed order so the result never depends on the thread count.
 */
package dsim.sweep;
