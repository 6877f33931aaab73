package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.CoverageTally;
import dsim.compare.SemanticsSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * The fault coverage table of a report: one row per fault source, one column per semantics,
 * each cell how often the source fired, in how many seeds, and how many of the messages it
 * touched ended lost or duplicated. A source the scenario sets up that never fired reads "never".
 */
final class CoverageTable {

    /** A cell of a source the scenario sets up for the semantics but no seed met. */
    static final String NEVER = "\u26a0 never";

    private CoverageTable() {
    }

    /** The header: the source, then each semantics. */
    static List<String> header(Comparison c) {
        List<String> header = new ArrayList<>(List.of("fault source"));
        c.summaries().forEach(s -> header.add(s.semantics().id()));
        return header;
    }

    /** One row per source any semantics has, in report order; empty if the scenario has no fault source. */
    static List<List<String>> rows(Comparison c) {
        List<String> names = new ArrayList<>();
        for (SemanticsSummary s : c.summaries()) {
            for (CoverageTally.Row r : s.coverage().sources()) {
                if (!names.contains(r.name())) {
                    names.add(r.name());
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (String name : names) {
            List<String> row = new ArrayList<>(List.of(name));
            for (SemanticsSummary s : c.summaries()) {
                row.add(cell(s.coverage(), name));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String cell(CoverageTally tally, String name) {
        for (CoverageTally.Row r : tally.sources()) {
            if (r.name().equals(name)) {
                if (r.neverFired()) {
                    return NEVER;
                }
                String seeds = r.seedsFired() == tally.seeds() ? "every seed" : r.seedsFired() + " seeds";
                return Format.count(r.fired()) + " (" + seeds
                        + (r.onBadMessage() >= 0 ? "; touched " + Format.count(r.onBadMessage()) + " lost or duplicated"
                        : "") + ")";
            }
        }
        return "\u2013"; // the semantics does not set it up, and it never fired
    }

    /** The paragraph above the table. */
    static String intro(Comparison c) {
        return "How often each fault source fired over " + c.seeds() + " seeds, in how many seeds, and how many of"
                + " the messages it touched ended lost or duplicated (a sign the fault shaped an outcome; dsim shrink"
                + " says for sure, one run at a time). \u201c" + NEVER + "\u201d marks a fault the scenario sets up"
                + " that no seed met: whatever the report claims about it went untested.";
    }
}
