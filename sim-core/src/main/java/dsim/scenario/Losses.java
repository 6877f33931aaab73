package dsim.scenario;

import dsim.spec.LossSpec;
import java.util.List;

/** Reads a link's loss: a probability ({@code 1%}) or a mapping naming a loss model. */
final class Losses {

    private static final List<String> MODELS = List.of("independent", "gilbert-elliott");
    /** Bursty loss as it is written now: good and bad periods that last a length of time. */
    static final String BURSTY_EXAMPLE = "{ model: gilbert-elliott, mean-good: 30s, mean-bad: 2s, loss-in-bad: 100%, "
            + "loss-in-good: 0% }";
    private static final String EXPECTED = "a probability like 0.01 or \"1%\", or a mapping like " + BURSTY_EXAMPLE;
    /** Keys of the per-packet chain bursty loss once had; a file using them is told the new form. */
    private static final List<String> RETIRED = List.of("enter-bad", "exit-bad");

    private Losses() {
    }

    /** The loss at {@code n}, or null after reporting problems. */
    static LossSpec read(Values values, YamlNode n, String path) {
        if (n instanceof YamlNode.Scalar) {
            if (!Values.isText(n) && !Values.isNumber(n)) {
                return values.wrongType(n, path, EXPECTED);
            }
            Double p = values.probability(n, path);
            return p == null ? null : new LossSpec.Independent(p);
        }
        Section sec = Section.of(values, n, path, EXPECTED);
        if (sec == null) {
            return null;
        }
        YamlNode m = sec.required("model");
        String model = m == null ? null : values.choice(m, sec.path("model"), "loss model", MODELS, x -> x);
        if (model == null) {
            return null;
        }
        if (model.equals("independent")) {
            sec.allow(List.of("model", "probability"));
            Double p = sec.probability("probability", null);
            return p == null ? null : new LossSpec.Independent(p);
        }
        sec.retire(RETIRED, "bursts now last a length of time, the same under every semantics; write "
                + BURSTY_EXAMPLE);
        sec.allow(List.of("model", "mean-good", "mean-bad", "loss-in-bad", "loss-in-good"));
        if (sec.hasRetired()) {
            return null;
        }
        Long meanGood = sec.positiveDuration("mean-good", Section.REQUIRED);
        Long meanBad = sec.positiveDuration("mean-bad", Section.REQUIRED);
        Double lossInBad = sec.probability("loss-in-bad", 1.0);
        Double lossInGood = sec.probability("loss-in-good", 0.0);
        if (meanGood == null || meanBad == null || lossInBad == null || lossInGood == null) {
            return null;
        }
        return new LossSpec.GilbertElliott(meanGood, meanBad, lossInBad, lossInGood);
    }
}
