package dsim.stats;

import dsim.spec.BrokerSpec;
import dsim.spec.ConsumerSpec;
import dsim.spec.DelaySpec;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.ProducerSpec;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Closed-form predictions for the scenarios simple enough to have one: no crashes, no
 * outages, no link duplication, independent loss. Then
 * <ul>
 *   <li>at-most-once over a chain of hops with loss p1, p2, ... loses 1 - (1-p1)(1-p2)...;</li>
 *   <li>at-least-once and exactly-once straight from producer to consumer, with publish
 *       loss p, ack loss q and k attempts, lose p^k; at-least-once processes a message
 *       exactly once with probability sum_j p^(j-1) (1-p) [(1-q) + q p^(k-j)], as long as
 *       no ack can arrive after its timeout.</li>
 * </ul>
 */
public final class ClosedForms {

    private ClosedForms() {
    }

    /** The predictions that apply to {@code scenario}, one per semantics at most. */
    public static List<Prediction> predict(Scenario scenario) {
        List<Prediction> out = new ArrayList<>();
        if (!simpleEnough(scenario)) {
            return out;
        }
        for (Semantics s : scenario.semantics()) {
            Prediction p = s == Semantics.AT_MOST_ONCE ? atMostOnce(scenario) : retried(scenario, s);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean simpleEnough(Scenario s) {
        for (ConsumerSpec c : s.consumers()) {
            if (c.crash() != null && c.crash().probability() > 0) {
                return false;
            }
        }
        for (BrokerSpec b : s.brokers()) {
            if (b.crash() != null) {
                return false;
            }
        }
        if (!plain(s.network().defaultLink())) {
            return false;
        }
        return s.network().links().stream().allMatch(l -> plain(l.link()));
    }

    private static boolean plain(LinkSpec l) {
        return l.outages().isEmpty() && l.duplicate() == 0 && l.loss() instanceof LossSpec.Independent;
    }

    private static double loss(Scenario s, String from, String to) {
        return ((LossSpec.Independent) s.network().link(from, to).loss()).probability();
    }

    private static Prediction atMostOnce(Scenario s) {
        double lost = 0;
        List<String> terms = new ArrayList<>();
        for (ProducerSpec p : s.producers()) {
            double survive = 1 - loss(s, p.name(), p.sendTo());
            String term = "(1 - " + fmt(loss(s, p.name(), p.sendTo())) + ")";
            BrokerSpec broker = broker(s, p.sendTo());
            if (broker != null) {
                // Round robin gives each consumer an equal share of the broker's messages.
                double second = 0;
                for (String c : broker.deliverTo()) {
                    second += (1 - loss(s, broker.name(), c)) / broker.deliverTo().size();
                }
                survive *= second;
                term += "(" + fmt(second) + ")";
            }
            lost += (1 - survive) * p.messages();
            terms.add("1 - " + term);
        }
        String formula = String.join(", ", terms.stream().distinct().toList())
                + ": each message crosses each lossy hop once";
        return new Prediction(Semantics.AT_MOST_ONCE, lost / s.totalMessages(), 0, formula);
    }

    private static Prediction retried(Scenario s, Semantics semantics) {
        if (!s.brokers().isEmpty()) {
            return null;
        }
        RetrySpec retry = s.retry();
        double lostSum = 0;
        double dupSum = 0;
        String formula = null;
        for (ProducerSpec p : s.producers()) {
            ConsumerSpec c = consumer(s, p.sendTo());
            long out = maxNanos(s.network().link(p.name(), c.name()).delay());
            long work = maxNanos(c.processing());
            long back = maxNanos(s.network().link(c.name(), p.name()).delay());
            if (out < 0 || work < 0 || back < 0 || out + work + back >= retry.timeoutNanos() * (1 - retry.jitter())) {
                return null; // an ack could come after its timeout: early resends break the formula
            }
            double pf = loss(s, p.name(), c.name());
            double qb = loss(s, c.name(), p.name());
            int k = retry.maxAttempts();
            double lost = k == 0 ? 0 : StrictMath.pow(pf, k);
            // First delivered at attempt j; its ack lost (q) and a later attempt delivered again
            // (1 - p^(k-j)). Summed directly, not as 1 - lost - once: a difference of nearly equal
            // numbers would print a rounding error (1e-14%) where the answer is exactly 0.
            double dup = 0;
            int terms = k == 0 ? 10_000 : k;
            for (int j = 1; j <= terms; j++) {
                double again = k == 0 ? 1 : 1 - StrictMath.pow(pf, k - j);
                dup += StrictMath.pow(pf, j - 1) * (1 - pf) * qb * again;
            }
            if (semantics.consumer().deduplicates()) {
                dup = 0;
            }
            lostSum += lost * p.messages();
            dupSum += dup * p.messages();
            formula = (k == 0 ? "lost 0 (unbounded attempts)" : "lost p^k = " + fmt(pf) + "^" + k)
                    + (semantics.consumer().deduplicates() ? ", duplicates removed by the dedup store"
                    : ", processed once with probability sum_j p^(j-1)(1-p)[(1-q) + q p^(k-j)], q = " + fmt(qb));
        }
        return new Prediction(semantics, lostSum / s.totalMessages(), dupSum / s.totalMessages(), formula);
    }

    /** The largest value a delay can take, or -1 if it is unbounded. */
    private static long maxNanos(DelaySpec d) {
        if (d instanceof DelaySpec.Constant c) {
            return c.nanos();
        }
        if (d instanceof DelaySpec.Uniform u) {
            return u.maxNanos();
        }
        return -1;
    }

    private static BrokerSpec broker(Scenario s, String name) {
        return s.brokers().stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }

    private static ConsumerSpec consumer(Scenario s, String name) {
        return s.consumers().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4g", x);
    }
}
