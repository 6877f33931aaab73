package dsim.cli;

import dsim.check.Violation;
import dsim.run.Outcome;
import dsim.spec.Semantics;
import dsim.story.Cause;
import dsim.story.MessageOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One run a hunt found broken, explained: what broke, which messages went wrong and why, and
 * how to replay it. {@code hunt} prints it as one line, or as an object of its JSON.
 *
 * @param seed       the run's seed
 * @param semantics  the run's semantics
 * @param violations the checks of its expectation that did not hold
 * @param outcome    how the run ended: a limit, if one stopped it
 * @param messages   per outcome a broken check is about (duplicates first), its messages and their causes
 * @param digest     the run's trace digest
 * @param swarm      the fault knobs swarm testing drew for the seed, or null without {@code --swarm}
 * @param replay     the command that replays it and tells its first bad message's story
 */
record BrokenRun(long seed, Semantics semantics, List<Violation> violations, Outcome outcome,
                 List<Messages> messages, String digest, String swarm, String replay) {

    /** Message ids a line lists before "+N more". */
    private static final int IDS_SHOWN = 3;

    BrokenRun {
        violations = List.copyOf(violations);
        messages = List.copyOf(messages);
    }

    /**
     * The messages of one outcome in the run.
     *
     * @param outcome lost or duplicated
     * @param ids     the messages with it, in creation order; empty if there are none
     * @param causes  how many of them each cause explains, most frequent first
     */
    record Messages(MessageOutcome outcome, List<String> ids, Map<Cause, Long> causes) {

        Messages {
            ids = List.copyOf(ids);
        }

        /** E.g. {@code duplicated checkout-647, checkout-673 +3 more (4 dedup store lost, 1 ack lost)}. */
        String text() {
            if (ids.isEmpty()) {
                return "no " + outcome + " message";
            }
            String shown = String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())));
            String listed = ids.size() > IDS_SHOWN ? shown + " +" + (ids.size() - IDS_SHOWN) + " more" : shown;
            String why = ids.size() == 1 ? causes.keySet().iterator().next().label()
                    : causes.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                            .collect(Collectors.joining(", "));
            return outcome + " " + listed + " (" + why + ")";
        }
    }

    /** The line's parts after its seed and semantics, joined by {@code ; }. */
    String text() {
        List<String> parts = new ArrayList<>();
        parts.add(what());
        messages.forEach(m -> parts.add(m.text()));
        parts.add("digest " + digest);
        if (swarm != null) {
            parts.add("swarm: " + swarm);
        }
        parts.add("replay: " + replay);
        return String.join("; ", parts);
    }

    /** E.g. {@code duplicated 1, expected == 0}, or the limit the run stopped at. */
    String what() {
        List<String> what = new ArrayList<>();
        violations.forEach(v -> what.add(v.message()));
        if (outcome != Outcome.COMPLETED) {
            what.add("stopped at " + outcome.id() + " with work left");
        }
        return String.join(" and ", what);
    }
}
