package dsim.scenario;

import dsim.text.Durations;
import dsim.spec.DelaySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a delay: a duration ({@code 20ms}) or a mapping naming a distribution and its parameters. */
final class Delays {

    /** The distributions, their ids and the parameters each needs, in the order messages list them. */
    enum Distribution {
        CONSTANT("constant", "value"),
        UNIFORM("uniform", "min", "max"),
        EXPONENTIAL("exponential", "mean"),
        NORMAL("normal", "mean", "stddev"),
        LOGNORMAL("lognormal", "median", "sigma"),
        PARETO("pareto", "scale", "shape");

        final String id;
        final List<String> keys;

        Distribution(String id, String... parameters) {
            this.id = id;
            this.keys = concat("distribution", parameters);
        }

        private static List<String> concat(String first, String... rest) {
            List<String> all = new ArrayList<>();
            all.add(first);
            all.addAll(List.of(rest));
            return List.copyOf(all);
        }
    }

    /** A normal delay negative more often than this draws a warning: its clamping shifts the mean. */
    private static final double NEGATIVE_SHARE_WARNED = 0.01;
    private static final String EXPECTED = Units.DURATION_EXPECTED
            + ", or a mapping like { distribution: uniform, min: 1ms, max: 5ms }";

    private Delays() {
    }

    /** The delay at {@code n}, or null after reporting problems. */
    static DelaySpec read(Values values, YamlNode n, String path) {
        if (n instanceof YamlNode.Scalar) {
            if (!Values.isText(n) && !Values.isNumber(n)) {
                return values.wrongType(n, path, EXPECTED);
            }
            Long nanos = values.duration(n, path);
            return nanos == null ? null : new DelaySpec.Constant(nanos);
        }
        Section sec = Section.of(values, n, path, EXPECTED);
        if (sec == null) {
            return null;
        }
        YamlNode d = sec.required("distribution");
        Distribution dist = d == null ? null
                : values.choice(d, sec.path("distribution"), "distribution", List.of(Distribution.values()), x -> x.id);
        if (dist == null) {
            return null; // without the distribution we cannot tell which keys belong
        }
        sec.allow(dist.keys);
        return switch (dist) {
            case CONSTANT -> constant(sec);
            case UNIFORM -> uniform(sec);
            case EXPONENTIAL -> exponential(sec);
            case NORMAL -> normal(sec);
            case LOGNORMAL -> lognormal(sec);
            case PARETO -> pareto(sec);
        };
    }

    private static DelaySpec constant(Section sec) {
        Long value = sec.duration("value", Section.REQUIRED);
        return value == null ? null : new DelaySpec.Constant(value);
    }

    private static DelaySpec uniform(Section sec) {
        Long min = sec.duration("min", Section.REQUIRED);
        Long max = sec.duration("max", Section.REQUIRED);
        if (min == null || max == null) {
            return null;
        }
        if (max < min) {
            return sec.values.report(sec.get("max"), sec.path("max"),
                    "must be at least min (" + Durations.exact(min) + "), got " + Values.shownText(sec.get("max")));
        }
        return new DelaySpec.Uniform(min, max);
    }

    private static DelaySpec exponential(Section sec) {
        Long mean = sec.positiveDuration("mean", Section.REQUIRED);
        return mean == null ? null : new DelaySpec.Exponential(mean);
    }

    private static DelaySpec normal(Section sec) {
        Long mean = sec.duration("mean", Section.REQUIRED);
        Long stddev = sec.duration("stddev", Section.REQUIRED);
        if (mean == null || stddev == null) {
            return null;
        }
        DelaySpec.Normal normal = new DelaySpec.Normal(mean, stddev);
        double negative = normal.negativeShare();
        if (negative > NEGATIVE_SHARE_WARNED) {
            sec.values.warn(sec.get("stddev"), sec.path("stddev"), String.format(Locale.ROOT,
                    "this normal delay is negative %.1f%% of the time; a negative draw counts as 0, so its mean is %s, "
                    + "not %s; a lognormal keeps delays positive", 100 * negative,
                    Durations.exact(threeDigits(normal.clampedMeanNanos())), Durations.exact(mean)));
        }
        return normal;
    }

    private static DelaySpec lognormal(Section sec) {
        Long median = sec.positiveDuration("median", Section.REQUIRED);
        Double sigma = positiveNumber(sec, "sigma");
        return median == null || sigma == null ? null : new DelaySpec.LogNormal(median, sigma);
    }

    private static DelaySpec pareto(Section sec) {
        Long scale = sec.positiveDuration("scale", Section.REQUIRED);
        Double shape = positiveNumber(sec, "shape");
        if (shape != null && shape <= 1) {
            sec.values.warn(sec.get("shape"), sec.path("shape"), "a pareto delay with shape " + Values.text(sec.get("shape"))
                    + " (at most 1) has an infinite mean: averages over runs never settle and a few delays are "
                    + "enormous; a shape above 1 (e.g. 1.5) keeps a heavy tail with a finite mean");
        }
        return scale == null || shape == null ? null : new DelaySpec.Pareto(scale, shape);
    }

    /** {@code nanos} to three significant digits: a mean in a warning need not be exact to the nanosecond. */
    private static long threeDigits(double nanos) {
        return new java.math.BigDecimal(nanos).round(new java.math.MathContext(3)).longValue();
    }

    /** A plain number &gt; 0 (no unit): sigma and shape are ratios, not durations. */
    private static Double positiveNumber(Section sec, String key) {
        Double v = sec.number(key, null);
        if (v != null && v <= 0) {
            return sec.values.report(sec.get(key), sec.path(key), "must be more than 0, got " + Values.shownText(sec.get(key)));
        }
        return v;
    }
}
