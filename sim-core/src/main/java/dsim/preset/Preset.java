package dsim.preset;

import java.util.List;

/**
 * A platform's defaults as scenario keys.
 *
 * @param name     what a file writes after {@code preset:}, e.g. {@code sqs-fifo}
 * @param platform the product, e.g. {@code Amazon SQS, FIFO queue}
 * @param knobs    every key it fills, broker keys first
 * @param leftOut  platform defaults dsim does not fill, each with why and what to write instead
 * @param hazards  what the defaults do to messages, each a sentence
 * @param scenario the bundled scenario that shows its signature hazard, under {@code scenarios/presets/}
 */
public record Preset(String name, String platform, List<Knob> knobs, List<String> leftOut, List<String> hazards,
                     String scenario) {

    public Preset {
        knobs = List.copyOf(knobs);
        leftOut = List.copyOf(leftOut);
        hazards = List.copyOf(hazards);
    }

    /** The knobs for {@code target}, in order. */
    public List<Knob> knobs(Knob.Target target) {
        return knobs.stream().filter(k -> k.target() == target).toList();
    }

    /** The value this preset gives the broker key {@code key}, or null if it leaves the key alone. */
    public String brokerValue(String key) {
        return knobs(Knob.Target.BROKER).stream().filter(k -> k.key().equals(key)).map(Knob::value).findFirst()
                .orElse(null);
    }
}
