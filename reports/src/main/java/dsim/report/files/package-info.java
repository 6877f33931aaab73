/**
 * Putting output on disk so that nobody sees half of it: temporary files deleted when dsim is
 * stopped before it could move them into place ({@link dsim.report.files.TemporaryFiles}).
 */
package dsim.report.files;
