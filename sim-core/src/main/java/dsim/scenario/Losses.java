package dsim.scenario;

import java.util.List;

/** Reads a link's loss: a probability ({@code 1%}) or a mapping naming a loss model. */
final class Losses {

    private static final List<String> MODELS = List.of("independent", "gilbert-elliott");
    private static final String EXPECTED = "a probability like 0.01 or \"1%\", or a mapping like "
            + "{ model: gilbert-elliott, enter-bad: 1%, exit-bad: 30% }";

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
        sec.allow(List.of("model", "enter-bad", "exit-bad", "loss-in-bad", "loss-in-good"));
        Double enterBad = sec.probability("enter-bad", null);
        Double exitBad = sec.probability("exit-bad", null);
        Double lossInBad = sec.probability("loss-in-bad", 1.0);
        Double lossInGood = sec.probability("loss-in-good", 0.0);
        if (enterBad == null || exitBad == null || lossInBad == null || lossInGood == null) {
            return null;
        }
        return new LossSpec.GilbertElliott(enterBad, exitBad, lossInBad, lossInGood);
    }
}
