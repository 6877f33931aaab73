package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.CoverageTally;
import dsim.compare.SemanticsSummary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
        Set<String> names = new LinkedHashSet<>(); // the first semantics' order, then each later one's additions
        List<Map<String, CoverageTally.Row>> bySemantics = new ArrayList<>();
        for (SemanticsSummary s : c.summaries()) {
            Map<String, CoverageTally.Row> rows = new TreeMap<>();
            for (CoverageTally.Row r : s.coverage().sources()) {
                names.add(r.name());
                rows.put(r.name(), r);
            }
            bySemantics.add(rows);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String name : names) {
            List<String> row = new ArrayList<>(List.of(name));
            for (int k = 0; k < bySemantics.size(); k++) {
                row.add(cell(c.summaries().get(k).coverage(), bySemantics.get(k).get(name)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A source's cell under one semantics; {@code r} is null where that semantics neither sets it up nor met it. */
    private static String cell(CoverageTally tally, CoverageTally.Row r) {
        if (r == null) {
            return "\u2013";
        }
        if (r.neverFired()) {
            return NEVER;
        }
        String seeds = r.seedsFired() == tally.seeds() ? "every seed" : r.seedsFired() + " seeds";
        return Format.count(r.fired()) + " (" + seeds
                + (r.onBadMessage() >= 0 ? "; touched " + Format.count(r.onBadMessage()) + " lost or duplicated" : "")
                + ")";
    }

    /** The paragraph above the table. */
    static String intro(Comparison c) {
        return "How often each fault source fired over " + c.seeds() + " seeds, in how many seeds, and how many of"
                + " the messages it touched ended lost or duplicated (a sign the fault shaped an outcome; dsim shrink"
                + " says for sure, one run at a time). \u201c" + NEVER + "\u201d marks a fault the scenario sets up"
                + " that no seed met: whatever the report claims about it went untested.";
    }
}
