package dsim.cli;

import dsim.model.FaultLog;
import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;
import dsim.spec.Semantics;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The faults of a scenario's script that never fired, gathered over the runs of one command:
 * a fault that matches nothing is almost always a mistyped message, attempt or link, and the
 * user must hear of it rather than read a result the fault never shaped.
 */
final class NeverFired {

    private final List<Semantics> semantics = new ArrayList<>();
    private final List<FaultLog> logs = new ArrayList<>();

    /** Adds the log of one run under {@code s}. */
    void add(Semantics s, FaultLog log) {
        semantics.add(s);
        logs.add(log);
    }

    /**
     * One line per scripted fault that never fired in some run, e.g. {@code orders.yaml: fault 3
     * never fired under at-least-once: no publish of app-1 (attempt 2) crossed app->queue}.
     */
    static void report(PrintWriter err, String file, Scenario scenario, NeverFired runs) {
        List<ScriptedFault> script = scenario.faults().script();
        for (int i = 0; i < script.size(); i++) {
            List<String> where = new ArrayList<>();
            for (int r = 0; r < runs.logs.size(); r++) {
                if (runs.logs.get(r).hits(i) == 0) {
                    where.add(runs.semantics.get(r).id());
                }
            }
            if (!where.isEmpty()) {
                String under = where.size() == runs.logs.size() && where.size() > 1 ? "" : " under " + String.join(
                        " and ", where);
                err.println(file + ": fault " + (i + 1) + " never fired" + under + ": " + script.get(i).neverFired());
            }
        }
        err.flush();
    }
}
