package dsim.report.compare;

import dsim.check.RateVerdict;
import dsim.check.SeedsHeld;
import dsim.compare.Comparison;
import dsim.compare.Difference;
import dsim.compare.Metric;
import dsim.compare.PredictionCheck;
import dsim.compare.SemanticsSummary;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code report.md}: the comparison for a code-hosting site. Verdict first, then one table
 * per semantics, paired differences, predictions, costs, the study, and a footer that says
 * exactly how to reproduce it.
 */
final class MarkdownReport implements ReportRenderer {

    @Override
    public String render(ReportInput input) {
        Comparison c = input.comparison();
        Scenario s = c.scenario();
        StringBuilder b = new StringBuilder();
        b.append("# dsim compare: ").append(s.name()).append("\n\n");
        if (!s.description().isBlank()) {
            b.append(s.description().strip()).append("\n\n");
        }
        b.append("## Verdict\n\n").append(Verdict.paragraph(c)).append("\n\n");
        expectations(b, c);
        Varied varied = Varied.of(input);
        if (varied != null) {
            varied(b, varied); // what --vary asked is the question: it comes first
        }
        summaries(b, c);
        mechanism(b, c);
        coverage(b, c);
        if (!input.replays().isEmpty()) {
            b.append("## One message at a time\n\n");
            for (ReplayFigure r : input.replays()) {
                b.append("- ").append(r.caption()).append(": `").append(r.command().replace("`", "'")).append("`\n");
            }
            b.append("\nreport.html draws each story as a sequence diagram.\n\n");
        }
        differences(b, c);
        predictions(b, c);
        costs(b, c);
        footer(b, input);
        return b.toString();
    }

    /** The scenario's expect, check by check: held in how many seeds. */
    private static void expectations(StringBuilder b, Comparison c) {
        List<SeedsHeld> checks = SeedsHeld.of(c.scenario(), c.runs());
        List<RateVerdict> rates = RateVerdict.of(c.scenario(), c.runs());
        if (checks.isEmpty() && rates.isEmpty()) {
            return;
        }
        b.append("## Expectations\n\n");
        for (SeedsHeld h : checks) {
            b.append("- ").append(h.ok() ? "\u2713 " : "\u2717 ").append(h.line()).append('\n');
        }
        for (RateVerdict v : rates) {
            b.append("- ").append(v.decision().symbol()).append(' ').append(v.line()).append('\n');
        }
        b.append('\n');
    }

    private static void summaries(StringBuilder b, Comparison c) {
        b.append("## Results per semantics\n\n")
                .append("Means over ").append(c.seeds()).append(" seeds with ").append(percentLevel(c))
                .append(" confidence intervals (Student-t over seeds; a share that is 0 or 100% in every seed and shares of seeds: exact Clopper-Pearson).\n\n");
        for (SemanticsSummary s : c.summaries()) {
            b.append("### ").append(s.semantics().id()).append("\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (Metric m : Metric.values()) {
                if (!m.isMechanism() && m.shownFor(c.summaries().stream().map(x -> x.metric(m).value()).toList())) {
                    rows.add(List.of(m.label(), Format.value(m, s.metric(m).value()),
                            Format.interval(m, s.metric(m))));
                }
            }
            rows.add(List.of("seeds with any loss", Format.percent(100 * s.seedsWithLoss().value()),
                    Format.interval(100 * s.seedsWithLoss().lower(), 100 * s.seedsWithLoss().upper())));
            rows.add(List.of("seeds with any duplicate", Format.percent(100 * s.seedsWithDuplicates().value()),
                    Format.interval(100 * s.seedsWithDuplicates().lower(), 100 * s.seedsWithDuplicates().upper())));
            if (s.runsHitLimit() > 0) {
                rows.add(List.of("\u26a0 runs stopped at a limit", Integer.toString(s.runsHitLimit()), ""));
            }
            table(b, List.of("metric", "mean", percentLevel(c) + " interval"), rows, 1);
        }
    }

    private static void mechanism(StringBuilder b, Comparison c) {
        List<List<String>> rows = Mechanism.rows(c);
        if (rows.isEmpty()) {
            return;
        }
        b.append("## How: the mechanism\n\n")
                .append("What each semantics did to reach its outcome, per 100 messages produced, means with ")
                .append(percentLevel(c)).append(" intervals.\n\n");
        List<String> header = new ArrayList<>(List.of("per 100 messages"));
        c.summaries().forEach(s -> header.add(s.semantics().id()));
        table(b, header, rows, 1);
        String tie = Mechanism.tie(c);
        if (tie != null) {
            b.append(tie).append("\n\n");
        }
    }

    private static void coverage(StringBuilder b, Comparison c) {
        List<List<String>> rows = CoverageTable.rows(c);
        if (rows.isEmpty()) {
            return;
        }
        b.append("## Fault coverage\n\n").append(CoverageTable.intro(c)).append("\n\n");
        table(b, CoverageTable.header(c), rows, 1);
    }

    private static void differences(StringBuilder b, Comparison c) {
        if (c.differences().isEmpty()) {
            return;
        }
        b.append("## Paired differences\n\n")
                .append("Each seed ran every semantics against the same faults, so a difference is the semantics',")
                .append(" not luck's. **Significant** means the interval excludes zero.\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Difference d : c.differences()) {
            rows.add(List.of(d.a().id() + " vs " + d.b().id(), d.metric().label(),
                    Format.difference(d.metric(), d.difference().value()) + " "
                            + Format.interval(d.difference().lower(), d.difference().upper()),
                    d.significant() ? "**yes**" : "no"));
        }
        table(b, List.of("comparison", "metric", "difference [" + percentLevel(c) + " interval]", "significant"), rows, 2);
    }

    private static void predictions(StringBuilder b, Comparison c) {
        if (c.predictions().isEmpty()) {
            return;
        }
        b.append("## Predicted vs simulated\n\n")
                .append("Closed-form predictions next to the simulation; \u26a0 marks a prediction outside the")
                .append(" simulated interval.\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (PredictionCheck p : c.predictions()) {
            rows.add(List.of(p.prediction().semantics().id(), "`" + p.prediction().formula() + "`",
                    Format.percent(p.predictedLostPercent()), Format.estimate(Metric.LOST, p.simulatedLost()),
                    Format.percent(p.predictedDuplicatedPercent()),
                    Format.estimate(Metric.DUPLICATED, p.simulatedDuplicated()),
                    p.agrees() ? "yes" : "\u26a0 no"));
        }
        table(b, List.of("semantics", "formula", "predicted lost", "simulated lost", "predicted duplicated",
                "simulated duplicated", "agrees"), rows, 2);
    }

    private static void costs(StringBuilder b, Comparison c) {
        if (c.scenario().costs() == null) {
            return;
        }
        b.append("## Costs\n\nAt ").append(Verdict.costsText(c.scenario().costs())).append(":\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (SemanticsSummary s : c.summaries()) {
            String name = s.semantics() == c.cheapest() ? "**" + s.semantics().id() + "** (cheapest)" : s.semantics().id();
            rows.add(List.of(name, Format.num(s.costPer1000().value()),
                    Format.costInterval(s.costPer1000())));
        }
        table(b, List.of("semantics", "cost per 1,000 messages", percentLevel(c) + " interval"), rows, 1);
        b.append(Verdict.cheapest(c)).append("\n\n");
    }

    private static void varied(StringBuilder b, Varied varied) {
        List<String> paths = varied.paths().stream().map(MarkdownReport::inline).toList();
        if (paths.size() == 1) {
            b.append("## Study: ").append(paths.get(0)).append("\n\n").append("The same comparison with ")
                    .append(paths.get(0)).append(" set to each value in turn");
        } else {
            b.append("## Grid: ").append(String.join(" \u00d7 ", paths)).append("\n\n")
                    .append("The same comparison at every pair of values of ").append(paths.get(0)).append(" and ")
                    .append(paths.get(1));
        }
        b.append(", on the same seeds: lost and duplicated in % of messages, with 95% intervals.\n\n");
        table(b, varied.header(), varied.rows(Format::estimate), paths.size());
    }

    private static void footer(StringBuilder b, ReportInput input) {
        Comparison c = input.comparison();
        b.append("---\n\n");
        b.append("dsim ").append(input.version());
        if (c.scenario().source() != null) {
            b.append(" \u00b7 scenario `").append(c.scenario().source().fileName()).append("` (sha256 `")
                    .append(c.scenario().source().sha256()).append("`)");
        }
        b.append(" \u00b7 seeds ").append(Format.seeds(c.firstSeed(), c.seeds()))
                .append(" \u00b7 ").append(percentLevel(c)).append(" confidence\n\n");
        b.append("Reproduce with:\n\n```\n").append(input.command()).append("\n```\n");
    }

    /** A GitHub-flavoured table, the first {@code textColumns} left-aligned, numbers right; cells have their pipes escaped and line breaks flattened. */
    static void table(StringBuilder b, List<String> header, List<List<String>> rows, int textColumns) {
        row(b, header);
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            b.append(i < textColumns ? " --- |" : " ---: |");
        }
        b.append('\n');
        for (List<String> r : rows) {
            row(b, r);
        }
        b.append('\n');
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String cell : cells) {
            b.append(' ').append(cell.replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        b.append('\n');
    }

    private static String percentLevel(Comparison c) {
        return Format.plain(100 * c.confidence()) + "%";
    }

    private static String inline(String text) {
        return "`" + text.replace("`", "'") + "`";
    }
}
