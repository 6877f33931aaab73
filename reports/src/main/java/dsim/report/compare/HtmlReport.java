package dsim.report.compare;

import dsim.check.Decision;
import dsim.check.RateVerdict;
import dsim.check.SeedsHeld;
import dsim.compare.Comparison;
import dsim.compare.Difference;
import dsim.compare.Metric;
import dsim.compare.PredictionCheck;
import dsim.compare.SemanticsSummary;
import dsim.compare.Grid;
import dsim.compare.Study;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.stats.Estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no scripts, nothing
 * fetched from the network) that a reader who never saw the docs can follow: the story, the
 * verdict, a chart per question with a caption saying what to look at, the tables, every
 * parameter, and how to reproduce it. Well-formed enough to parse as XML.
 */
final class HtmlReport implements ReportRenderer {

    @Override
    public String render(ReportInput input) {
        Comparison c = input.comparison();
        Scenario s = c.scenario();
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n").open("html", "lang", "en").raw("\n").open("head").raw("\n");
        h.raw("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        h.element("title", "dsim compare: " + s.name());
        h.open("style").raw(HtmlStyle.CSS).close("style").close("head");
        h.open("body").open("main").raw("\n");
        header(h, input);
        tiles(h, c);
        expectations(h, c);
        if (input.study() != null) { // what --vary asked is the question: it comes first
            study(h, input.study());
        } else if (input.grid() != null) {
            grid(h, input.grid());
        }
        story(h, s);
        h.open("section", "class", "verdict").element("h2", "Verdict");
        for (String sentence : Verdict.sentences(c)) {
            h.element("p", sentence);
        }
        h.close("section");
        charts(h, c);
        mechanism(h, c);
        coverage(h, c);
        replays(h, input);
        metrics(h, c);
        differences(h, c);
        costs(h, c);
        predictions(h, c);
        parameters(h, c);
        footer(h, input);
        h.close("main").close("body").close("html");
        return h.toString();
    }

    private static void header(Html h, ReportInput input) {
        Comparison c = input.comparison();
        Scenario s = c.scenario();
        h.element("h1", "dsim compare: " + s.name());
        h.element("p", "seeds " + Format.seeds(c.firstSeed(), c.seeds()) + " \u00b7 "
                + Format.count(s.totalMessages()) + " messages per run \u00b7 semantics: "
                + String.join(", ", s.semantics().stream().map(Semantics::id).toList()), "class", "meta");
    }

    /** The answer first: per semantics, the numbers a reader came for, each with its interval. */
    private static void tiles(Html h, Comparison c) {
        h.open("section", "class", "tiles");
        for (SemanticsSummary s : c.summaries()) {
            h.open("div", "class", "tile").element("h3", s.semantics().id());
            h.open("dl");
            tile(h, "lost", s.metric(Metric.LOST), Metric.LOST);
            tile(h, "duplicated", s.metric(Metric.DUPLICATED), Metric.DUPLICATED);
            tile(h, "processed once", s.metric(Metric.PROCESSED_ONCE), Metric.PROCESSED_ONCE);
            tile(h, "packets per message", s.metric(Metric.PACKETS_PER_MESSAGE), Metric.PACKETS_PER_MESSAGE);
            if (s.costPer1000() != null) {
                h.element("dt", "cost per 1,000 messages");
                h.open("dd").text(Format.num(s.costPer1000().value())).raw(" ")
                        .element("span", Format.costInterval(s.costPer1000()),
                                "class", "ci").close("dd");
            }
            h.close("dl").close("div");
        }
        h.close("section");
    }

    private static void tile(Html h, String label, Estimate e, Metric m) {
        h.element("dt", label);
        h.open("dd").text(Format.value(m, e.value())).raw(" ").element("span", Format.interval(m, e), "class", "ci")
                .close("dd");
    }

    private static void story(Html h, Scenario s) {
        if (!s.description().isBlank()) {
            h.open("section", "class", "story").element("h2", "The story");
            for (String paragraph : s.description().strip().split("\\n\\s*\\n")) {
                h.element("p", paragraph.replaceAll("\\s*\\n\\s*", " "));
            }
            h.open("p", "class", "meta").text("Every parameter, defaults included, is listed under ")
                    .raw("<a href=\"#parameters\">Parameters</a>.").close("p").close("section");
        }
    }

    /** The scenario's expect, check by check: held in how many seeds, a broken one marked and named first. */
    private static void expectations(Html h, Comparison c) {
        List<SeedsHeld> checks = SeedsHeld.of(c.scenario(), c.runs());
        List<RateVerdict> rates = RateVerdict.of(c.scenario(), c.runs());
        if (checks.isEmpty() && rates.isEmpty()) {
            return;
        }
        h.open("section", "class", "expectations").element("h2", "Expectations");
        h.open("ul");
        for (SeedsHeld check : checks) {
            h.element("li", (check.ok() ? "\u2713 " : "\u2717 ") + check.line(), "class",
                    check.ok() ? "held" : "broken");
        }
        for (RateVerdict v : rates) {
            h.element("li", v.decision().symbol() + " " + v.line(), "class",
                    v.decision() == Decision.FAILS ? "broken" : v.decision() == Decision.HOLDS ? "held" : "undecided");
        }
        h.close("ul").close("section");
    }

    private static void charts(Html h, Comparison c) {
        h.open("section").element("h2", "What happened to the messages");
        h.figure("Outcome of every message", OutcomeCharts.stacked(c),
                "Each bar is 100% of the messages produced: vermillion were never processed (lost), green exactly"
                        + " once, blue more than once. Black whiskers: 95% intervals of lost (left) and duplicated"
                        + " (right). Look for the shortest red and blue.");
        h.figure("Lost and duplicated, zoomed in", OutcomeCharts.zoomed(c),
                "The same lost and duplicated shares on an axis scaled to them, so small ones are visible;"
                        + " whiskers are 95% intervals over seeds. A bar at 0% means none in any seed.");
        h.figure("Latency distribution", LatencyCdfChart.render(c),
                "The share of all produced messages processed within a given time of their creation, pooled over"
                        + " every seed (a hundred buckets per decade). Further left is faster; a curve that levels off"
                        + " below 100% shows the messages that were never processed.");
        h.figure("Latency percentiles", LatencyChart.render(c),
                "From a message's creation to its first processing, log scale, over every processed message of"
                        + " every seed pooled (the data of the distribution above). Box: the middle half, p25 to p75,"
                        + " thick line at the median; whiskers: p10 to p90; diamond: p99; bar: the slowest message of"
                        + " any seed; dot: the mean.");
        h.figure("Over time", TimelineChart.render(c),
                "Of the messages created in each stretch of the run, pooled over every seed, the share lost"
                        + " (vermillion) and the share processed more than once (blue); shaded pink, the scenario's"
                        + " link outages; grey, where nodes crashed (darker: more crashes, over all seeds). Where in the"
                        + " run do the losses and duplicates happen?");
        h.figure("Packets per message", BarCharts.of(c, Metric.PACKETS_PER_MESSAGE, "Packets sent per message produced",
                        "packets per message"),
                "Every packet any link carried (publishes, resends, deliveries, acks) per message produced, mean over"
                        + " seeds with 95% whiskers: the price of each guarantee in network traffic.");
        h.close("section");
    }

    /** Why the outcomes differ: what each semantics did, per 100 messages produced. */
    private static void mechanism(Html h, Comparison c) {
        List<List<String>> rows = Mechanism.rows(c);
        if (rows.isEmpty()) {
            return;
        }
        h.open("section").element("h2", "How: the mechanism");
        h.element("p", "What each semantics did to reach its outcome, per 100 messages produced: means over "
                + c.seeds() + " seeds with 95% intervals. At-most-once never resends; at-least-once resends and"
                + " redelivers until acked; exactly-once does the same and its dedup store skips the repeats.",
                "class", "meta");
        List<String> header = new ArrayList<>(List.of("per 100 messages"));
        c.summaries().forEach(s -> header.add(s.semantics().id()));
        h.table(header, rows, 1);
        String tie = Mechanism.tie(c);
        if (tie != null) {
            h.element("p", tie, "class", "recommendation");
        }
        h.close("section");
    }

    private static void coverage(Html h, Comparison c) {
        List<List<String>> rows = CoverageTable.rows(c);
        if (rows.isEmpty()) {
            return;
        }
        h.open("section").element("h2", "Fault coverage");
        h.element("p", CoverageTable.intro(c), "class", "meta");
        h.open("div", "class", "wide").table(CoverageTable.header(c), rows, 1).close("div").close("section");
    }

    /** Single messages' stories as sequence diagrams: the mechanism, one message at a time. */
    private static void replays(Html h, ReportInput input) {
        if (input.replays().isEmpty()) {
            return;
        }
        h.open("section").element("h2", "One message at a time");
        h.element("p", "The story of a single message, as replay tells it: every step, the faults that met it, and"
                + " why it ended as it did.", "class", "meta");
        for (ReplayFigure r : input.replays()) {
            h.figure(r.caption(), r.svg(), "Replay it: " + r.command());
        }
        h.close("section");
    }

    private static void metrics(Html h, Comparison c) {
        h.open("section").element("h2", "Every metric");
        h.element("p", "Means over " + c.seeds() + " seeds with 95% intervals (Student-t over seeds; a share that"
                + " is 0 or 100% in every seed, and shares of seeds: exact Clopper-Pearson over every message or"
                + " seed).", "class", "meta");
        List<String> header = new ArrayList<>(List.of("metric"));
        c.summaries().forEach(s -> header.add(s.semantics().id()));
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.isMechanism() || !m.shownFor(c.summaries().stream().map(x -> x.metric(m).value()).toList())) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(m.label()));
            c.summaries().forEach(s -> row.add(Format.estimate(m, s.metric(m))));
            rows.add(row);
        }
        List<String> loss = new ArrayList<>(List.of("seeds with any loss"));
        List<String> dups = new ArrayList<>(List.of("seeds with any duplicate"));
        List<String> limit = new ArrayList<>(List.of("runs stopped at a limit"));
        for (SemanticsSummary s : c.summaries()) {
            loss.add(Format.share(s.seedsWithLoss()));
            dups.add(Format.share(s.seedsWithDuplicates()));
            limit.add((s.runsHitLimit() > 0 ? "\u26a0 " : "") + s.runsHitLimit());
        }
        rows.addAll(List.of(loss, dups, limit));
        h.table(header, rows, 1).close("section");
    }

    private static void differences(Html h, Comparison c) {
        if (c.differences().isEmpty()) {
            return;
        }
        h.open("section").element("h2", "Paired differences");
        h.element("p", "Every seed ran each semantics against the same faults, so a difference measures the semantics,"
                + " not luck. Significant: the 95% interval excludes zero. pp = percentage points.", "class", "meta");
        List<List<String>> rows = new ArrayList<>();
        for (Difference d : c.differences()) {
            rows.add(List.of(d.a().id() + " vs " + d.b().id(), d.metric().label(),
                    Format.difference(d.metric(), d.difference().value()),
                    Format.interval(d.difference().lower(), d.difference().upper()), d.significant() ? "yes" : "no"));
        }
        h.table(List.of("comparison", "metric", "difference", "95% interval", "significant"), rows, 2).close("section");
    }

    private static void costs(Html h, Comparison c) {
        if (c.scenario().costs() == null) {
            return;
        }
        h.open("section").element("h2", "Costs");
        h.element("p", "At " + Verdict.costsText(c.scenario().costs()) + ", per 1,000 messages produced:", "class", "meta");
        List<List<String>> rows = new ArrayList<>();
        for (SemanticsSummary s : c.summaries()) {
            rows.add(List.of(s.semantics().id() + (s.semantics() == c.cheapest() ? " (cheapest)" : ""),
                    Format.num(s.costPer1000().value()),
                    Format.costInterval(s.costPer1000())));
        }
        h.table(List.of("semantics", "cost per 1,000 messages", "95% interval"), rows, 1);
        h.element("p", Verdict.cheapest(c), "class", "recommendation").close("section");
    }

    private static void predictions(Html h, Comparison c) {
        if (c.predictions().isEmpty()) {
            return;
        }
        h.open("section").element("h2", "Predicted vs simulated");
        h.element("p", "Closed-form predictions beside the simulation. \u26a0 marks a prediction outside the simulated"
                + " 95% interval: the model or the formula deserves a look.", "class", "meta");
        List<List<String>> rows = new ArrayList<>();
        for (PredictionCheck p : c.predictions()) {
            rows.add(List.of(p.prediction().semantics().id(), p.prediction().formula(),
                    Format.percent(p.predictedLostPercent()), Format.estimate(Metric.LOST, p.simulatedLost()),
                    Format.percent(p.predictedDuplicatedPercent()),
                    Format.estimate(Metric.DUPLICATED, p.simulatedDuplicated()), p.agrees() ? "yes" : "\u26a0 no"));
        }
        h.table(List.of("semantics", "formula", "predicted lost", "simulated lost", "predicted duplicated",
                "simulated duplicated", "agrees"), rows, 2).close("section");
    }

    private static void study(Html h, Study study) {
        h.open("section").element("h2", "Study: " + study.path());
        h.element("p", "The same comparison with " + study.path() + " set to " + String.join(", ", study.values())
                + " in turn, on the same seeds.", "class", "meta");
        h.figure("Lost against " + study.path(), StudyChart.render(study, Metric.LOST),
                "One line per semantics, shaded band: 95% interval over seeds; where lines coincide they show as"
                        + " nested stripes. A rising line loses more as " + study.path() + " grows; a flat one at 0%"
                        + " does not lose.");
        h.figure("Duplicated against " + study.path(), StudyChart.render(study, Metric.DUPLICATED),
                "Messages processed more than once, same layout: the cost of retrying without deduplication.");
        h.figure("Packets per message against " + study.path(), StudyChart.render(study, Metric.PACKETS_PER_MESSAGE),
                "Packets any link carried per message produced, same layout: the price of each guarantee in"
                        + " network traffic as " + study.path() + " changes.");
        String cost = StudyChart.cost(study);
        if (cost != null) {
            h.figure("Cost against " + study.path(), cost, "The expected cost per 1,000 messages at the scenario's"
                    + " prices, same layout: which semantics is cheapest where.");
        }
        variedTable(h, Varied.of(study));
    }

    private static void grid(Html h, Grid grid) {
        String first = grid.first().path();
        String second = grid.second().path();
        h.open("section").element("h2", "Grid: " + first + " \u00d7 " + second);
        h.element("p", "The same comparison at every pair of values of " + first + " (" + String.join(", ",
                grid.first().values()) + ") and " + second + " (" + String.join(", ", grid.second().values())
                + "), on the same seeds.", "class", "meta");
        h.figure("Lost over " + first + " and " + second, HeatMap.render(grid, Metric.LOST),
                "One panel per semantics; " + first + " across, " + second + " down. The darker a cell, the more"
                        + " that pair of values loses; all panels share one shading, so a pale panel beside a dark"
                        + " one is the semantics' difference. Hover a cell for its 95% interval.");
        h.figure("Duplicated over " + first + " and " + second, HeatMap.render(grid, Metric.DUPLICATED),
                "Messages processed more than once, same layout: where retrying without deduplication costs most.");
        h.figure("Packets per message over " + first + " and " + second,
                HeatMap.render(grid, Metric.PACKETS_PER_MESSAGE),
                "Packets any link carried per message produced, same layout: the price of each guarantee in"
                        + " network traffic.");
        String cost = HeatMap.cost(grid);
        if (cost != null) {
            h.figure("Cost over " + first + " and " + second, cost, "The expected cost per 1,000 messages at the"
                    + " scenario's prices, same layout: which semantics is cheapest where.");
        }
        variedTable(h, Varied.of(grid));
    }

    /** Each point's lost and duplicated with intervals, the varied values first. */
    private static void variedTable(Html h, Varied varied) {
        // Keep each interval on one line; the cell may still break between the mean and the interval.
        List<List<String>> rows = varied.rows(Format::shareOrNone).stream()
                .map(row -> row.stream().map(cell -> cell.replace(", ", ",\u00a0")).toList()).toList();
        h.open("div", "class", "wide").table(varied.header(), rows, varied.paths().size()).close("div").close("section");
    }

    private static void parameters(Html h, Comparison c) {
        h.open("section", "id", "parameters").element("h2", "Parameters");
        h.element("p", "Every parameter of the scenario with defaults filled in, as the simulator ran it.", "class", "meta");
        h.open("table", "class", "parameters").open("tbody");
        String section = null;
        for (Parameters.Row row : Parameters.of(c.scenario())) {
            if (!row.section().equals(section) && !row.key().isEmpty()) {
                h.open("tr").element("th", row.section(), "colspan", "2", "class", "section").close("tr");
            }
            section = row.section();
            h.open("tr").element("td", row.key().isEmpty() ? row.section() : row.key(), "class", "text")
                    .element("td", row.value() + (row.section().equals("seed") ? " (the file's default; this report ran"
                            + " seeds " + Long.toUnsignedString(c.firstSeed()) + " to "
                            + Long.toUnsignedString(c.firstSeed() + c.seeds() - 1) + ")" : ""), "class", "text").close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    private static void footer(Html h, ReportInput input) {
        Comparison c = input.comparison();
        h.open("footer");
        StringBuilder line = new StringBuilder("dsim " + input.version());
        if (c.scenario().source() != null) {
            line.append(" \u00b7 scenario ").append(c.scenario().source().fileName()).append(" \u00b7 sha256 ")
                    .append(c.scenario().source().sha256());
        }
        line.append(" \u00b7 seeds ").append(Format.seeds(c.firstSeed(), c.seeds())).append(" \u00b7 95% confidence");
        h.element("p", line.toString());
        h.element("p", "Reproduce with:").element("pre", input.command());
        h.close("footer");
    }
}
