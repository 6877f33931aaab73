/**
 * Text every layer shares: durations as people read them, and what a user typed echoed back
 * at a readable length.
 */
package dsim.text;
