package dsim.check;

import dsim.spec.Expectation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.Sweep;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Decides a scenario's bounds over seeds ({@code duplicated: "< 0.5% @95%"}) by running seeds in
 * batches until each one's interval lies wholly inside or wholly outside its bound, or a cap is
 * reached; and checks its per-run bounds on every seed it runs, as a hunt does.
 *
 * <p><b>Repeated looks.</b> Looking at the data after every batch and stopping at the first
 * interval that clears the bound is a sequential test: with a plain 95% interval at each of 25
 * looks, the chance that some look excludes the true share is far above 5%, and a sure-looking
 * wrong decision is what such a check would then print. The looks here are planned before any
 * seed runs: one after each batch of {@code batch} seeds, up to {@code maxSeeds}, so
 * {@code K = ceil(maxSeeds / batch)}. Each look's interval has confidence
 * {@code 1 - (1 - c) / K} (a Bonferroni split of the bound's {@code 1 - c} over the looks), so by
 * the union bound the chance that any look's interval misses the true share is at most
 * {@code 1 - c}. A wrong decision needs the interval of the look that made it to miss the true
 * share (to lie wholly on the wrong side of the bound), so every decision is wrong with
 * probability at most {@code 1 - c}, however many looks it took (only one side can be wrong, so
 * in fact at most half of that). The price is a wider interval at each look than a single look
 * would need. An alpha-spending boundary (O'Brien-Fleming) is narrower at the late looks but
 * needs the joint law of the looks, which per-seed shares with a t interval do not give in
 * closed form; a confidence sequence for bounded values (Hoeffding, empirical Bernstein) needs
 * no plan at all, but at shares of a fraction of a percent it is hundreds of times wider.
 * Bonferroni over a fixed plan is simple, sound and conservative.
 *
 * <p><b>Determinism.</b> Batches are fixed sets of seeds; a batch's seeds come back from the
 * sweep in seed order whatever the thread count, and decisions are made only at batch ends.
 * The seeds run, the decisions and every interval are the same for any thread count.
 */
public final class SequentialCheck {

    /**
     * The plan of looks: batches of {@code batch} seeds from {@code first}, at most {@code maxSeeds}.
     *
     * @param first    the first seed
     * @param batch    seeds per batch, at least 2: a t interval needs two
     * @param maxSeeds the cap, at least 1; a last batch may be shorter
     */
    public record Plan(long first, int batch, int maxSeeds) {

        public Plan {
            if (batch < 2 || maxSeeds < 1) {
                throw new IllegalArgumentException("need batch >= 2 and maxSeeds >= 1, got " + batch + ", " + maxSeeds);
            }
        }

        /** The planned looks: one after each batch, the last at the cap. */
        public int looks() {
            return (int) ((maxSeeds + (long) batch - 1) / batch);
        }

        /** The confidence of each look's interval, so that {@code confidence} holds over all of them. */
        public double lookConfidence(double confidence) {
            return 1 - (1 - confidence) / looks();
        }
    }

    /**
     * What a sequential check found.
     *
     * @param verdicts  per bound over seeds, in the scenario's semantics order then file order: its
     *                  decision, the interval of the look that made it (of the last look if none did),
     *                  and the seeds it took
     * @param seedsRun  seeds run: the end of the batch at which the last bound was decided, or the cap
     * @param perRun    what the per-run bounds met on those seeds, as a hunt reports it
     * @param perRunHeld each per-run bound, with the seeds it held in
     */
    public record Result(List<RateVerdict> verdicts, int seedsRun, Hunt.Result perRun, List<SeedsHeld> perRunHeld) {

        public Result {
            verdicts = List.copyOf(verdicts);
            perRunHeld = List.copyOf(perRunHeld);
        }

        /** Whether some bound over seeds is still undecided. */
        public boolean undecided() {
            return verdicts.stream().anyMatch(v -> v.decision() == Decision.UNDECIDED);
        }
    }

    private SequentialCheck() {
    }

    /**
     * Runs the plan over every semantics of {@code scenario} that has an expect.
     *
     * @param onFailure told each run that broke a per-run bound (or stopped at a limit), in seed order
     * @param progress  told the seeds done so far (from worker threads), or null
     */
    public static Result run(Scenario scenario, Plan plan, int threads, Consumer<HuntFailure> onFailure,
                             IntConsumer progress) {
        List<Semantics> semantics = scenario.semantics().stream().filter(scenario.expect()::containsKey).toList();
        List<RateTally> tallies = RateVerdict.tallies(scenario, semantics);
        RateVerdict[] decided = new RateVerdict[tallies.size()];
        HeldCount held = new HeldCount(scenario, semantics);
        HuntSearch search = new HuntSearch(scenario, semantics, Integer.MAX_VALUE, f -> {
            held.broken(f);
            onFailure.accept(f);
        }, false);
        int done = 0;
        while (done < plan.maxSeeds() && (done == 0 || undecided(decided))) {
            int size = Math.min(plan.batch(), plan.maxSeeds() - done);
            int before = done;
            Sweep.stream(scenario, semantics, plan.first() + done, size, threads, runs -> {
                search.examine(runs);
                for (int i = 0; i < tallies.size(); i++) {
                    if (decided[i] == null || decided[i].decision() == Decision.UNDECIDED) {
                        tallies.get(i).add(runs);
                    }
                }
                return true;
            }, progress == null ? null : n -> progress.accept(before + n));
            done += size;
            for (int i = 0; i < tallies.size(); i++) {
                if (decided[i] == null || decided[i].decision() == Decision.UNDECIDED) {
                    RateTally t = tallies.get(i);
                    decided[i] = t.verdict(plan.lookConfidence(t.expectation().confidence()));
                }
            }
        }
        return new Result(List.of(decided), done, search.result(semantics, done, false), held.over(done));
    }

    private static boolean undecided(RateVerdict[] verdicts) {
        for (RateVerdict v : verdicts) {
            if (v.decision() == Decision.UNDECIDED) {
                return true;
            }
        }
        return false;
    }

    /** Per per-run bound, the seeds it broke in and the first of them, counted from the broken runs. */
    private static final class HeldCount {

        private final Scenario scenario;
        private final List<Semantics> semantics;
        private final Map<Semantics, int[]> broken = new EnumMap<>(Semantics.class);
        private final Map<Semantics, long[]> firstSeed = new EnumMap<>(Semantics.class);
        private final Map<Semantics, String[]> firstMessage = new EnumMap<>(Semantics.class);

        HeldCount(Scenario scenario, List<Semantics> semantics) {
            this.scenario = scenario;
            this.semantics = semantics;
            for (Semantics s : semantics) {
                int n = scenario.expect().get(s).checks().size();
                broken.put(s, new int[n]);
                firstSeed.put(s, new long[n]);
                firstMessage.put(s, new String[n]);
            }
        }

        void broken(HuntFailure f) {
            Semantics s = f.result().semantics();
            List<Expectation.Check> checks = scenario.expect().get(s).checks();
            for (Violation v : f.violations()) {
                int i = checks.indexOf(v.check());
                if (broken.get(s)[i]++ == 0) {
                    firstSeed.get(s)[i] = f.result().seed();
                    firstMessage.get(s)[i] = v.message();
                }
            }
        }

        List<SeedsHeld> over(int seeds) {
            List<SeedsHeld> out = new ArrayList<>();
            for (Semantics s : semantics) {
                List<Expectation.Check> checks = scenario.expect().get(s).checks();
                for (int i = 0; i < checks.size(); i++) {
                    out.add(new SeedsHeld(s, checks.get(i), seeds - broken.get(s)[i], seeds, firstSeed.get(s)[i],
                            firstMessage.get(s)[i], false));
                }
            }
            return out;
        }
    }
}
