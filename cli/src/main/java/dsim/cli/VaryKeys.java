package dsim.cli;

import dsim.compare.Grid;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioOverride;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --vary} options of a compare: each one key with its values, none (a plain
 * comparison), one (a study) or two (a grid). A sharded compare and the merge of its parts read
 * them alike, so both sweep the same scenarios in the same order.
 *
 * @param keys per {@code --vary}, its key path with each value, as overrides
 */
record VaryKeys(List<List<ScenarioOverride>> keys) {

    VaryKeys {
        keys = List.copyOf(keys);
    }

    /** The {@code --vary} arguments as typed, parsed. */
    static VaryKeys parse(List<String> vary) throws ScenarioException {
        List<List<ScenarioOverride>> keys = new ArrayList<>();
        for (String v : vary) {
            keys.add(ScenarioOverride.parseVary(v));
        }
        return new VaryKeys(keys);
    }

    /** Why the --vary options cannot run together, or null if they can. */
    String refusal() {
        if (keys.size() > 2) {
            return "--vary may be given at most twice (a grid of two keys), got " + keys.size();
        }
        if (keys.size() < 2) {
            return null;
        }
        String first = keys.get(0).get(0).path();
        String second = keys.get(1).get(0).path();
        if (first.equals(second)) {
            return "both --vary options name " + first + "; a grid needs two different keys";
        }
        for (List<ScenarioOverride> key : keys) {
            if (key.size() < 2) {
                return "in a grid each --vary needs at least two values, " + key.get(0).path() + " has one";
            }
        }
        long pairs = (long) keys.get(0).size() * keys.get(1).size();
        if (pairs > ScenarioOverride.MAX_VARIANTS) {
            return "a grid of " + keys.get(0).size() + " x " + keys.get(1).size() + " values runs " + pairs
                    + " comparisons; at most " + ScenarioOverride.MAX_VARIANTS + " are allowed";
        }
        return null;
    }

    /** Every combination of one value per key, the first key's value varying slowest; none without --vary. */
    List<List<ScenarioOverride>> combinations() {
        List<List<ScenarioOverride>> out = new ArrayList<>(List.of(List.of()));
        for (List<ScenarioOverride> key : keys) {
            List<List<ScenarioOverride>> next = new ArrayList<>();
            for (List<ScenarioOverride> prefix : out) {
                for (ScenarioOverride value : key) {
                    List<ScenarioOverride> combined = new ArrayList<>(prefix);
                    combined.add(value);
                    next.add(combined);
                }
            }
            out = next;
        }
        return keys.isEmpty() ? List.of() : out;
    }

    /** How many --vary options there are: 0, 1 (a study) or 2 (a grid). */
    int size() {
        return keys.size();
    }

    /** The {@code i}-th key with its values as written. */
    Grid.Key key(int i) {
        List<ScenarioOverride> values = keys.get(i);
        return new Grid.Key(values.get(0).path(), values.stream().map(ScenarioOverride::value).toList());
    }
}
