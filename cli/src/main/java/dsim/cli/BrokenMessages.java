package dsim.cli;

import dsim.check.Violation;
import dsim.spec.Expectation.Metric;
import dsim.story.JournalIndex;
import dsim.story.MessageOutcome;
import java.util.ArrayList;
import java.util.List;

/** Which messages broke an expectation: the duplicated ones if a duplicate count broke, the lost ones if a loss count did. */
final class BrokenMessages {

    private BrokenMessages() {
    }

    /** The outcomes whose messages {@code violations} are about, duplicates first. */
    static List<MessageOutcome> outcomes(List<Violation> violations) {
        boolean duplicated = false;
        boolean lost = false;
        for (Violation v : violations) {
            Metric m = v.check().metric();
            duplicated |= m == Metric.DUPLICATED || m == Metric.EXTRA_PROCESSINGS || m == Metric.PROCESSED_ONCE;
            lost |= m == Metric.LOST || m == Metric.PROCESSED_ONCE;
        }
        List<MessageOutcome> outcomes = new ArrayList<>(2);
        if (duplicated) {
            outcomes.add(MessageOutcome.DUPLICATED);
        }
        if (lost) {
            outcomes.add(MessageOutcome.LOST);
        }
        return outcomes;
    }

    /** The first message, by creation order, of the first outcome that has one; null if none. */
    static String first(List<Violation> violations, JournalIndex index) {
        for (MessageOutcome outcome : outcomes(violations)) {
            List<String> ids = index.withOutcome(outcome);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
        }
        return null;
    }
}
