package dsim.cli;

/** A command that knows the command line replaying the run it is in, for bug reports. */
interface Reproducible {

    /** e.g. {@code dsim run f.yaml --semantics exactly-once --seed 42}, or null if no run has started. */
    String reproduceLine();
}
