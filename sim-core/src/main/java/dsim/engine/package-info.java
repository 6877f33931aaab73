/**
 * The discrete-event engine: virtual {@code long} nanosecond time, one event queue with a
 * total order (time, then scheduling sequence), and event payloads in primitive arrays so
 * the hot loop neither allocates nor boxes.
 */
package dsim.engine;
