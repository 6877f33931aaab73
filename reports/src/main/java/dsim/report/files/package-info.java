/**
 * Putting output on disk so that nobody sees half of it: a set of report files replaced as a
 * whole ({@link dsim.report.files.FileSet}), and temporary files deleted when dsim is stopped
 * before it could move them into place ({@link dsim.report.files.TemporaryFiles}).
 */
package dsim.report.files;
