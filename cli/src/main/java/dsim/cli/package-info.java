/**
 * The {@code dsim} command line: picocli commands that parse, call the core and the
 * renderers, and print. Results go to stdout, errors and warnings to stderr; every exit
 * code is one of {@link dsim.cli.ExitCode}.
 */
package dsim.cli;
