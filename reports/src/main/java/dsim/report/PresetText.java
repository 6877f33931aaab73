package dsim.report;

import dsim.preset.Knob;
import dsim.preset.Preset;
import dsim.preset.Presets;
import java.util.List;

/** What {@code dsim presets} prints: the list of platform presets, or one preset's knobs, sources and hazards. */
public final class PresetText {

    private PresetText() {
    }

    /** One line per preset: its name, its platform and the scenario that shows its hazard. */
    public static String list() {
        TextTable t = new TextTable(List.of(TextTable.Column.left("preset"), TextTable.Column.left("platform"),
                TextTable.Column.left("its hazard, as a scenario")));
        for (Preset p : Presets.all()) {
            t.row(p.name(), p.platform(), "scenarios/" + p.scenario());
        }
        StringBuilder b = new StringBuilder();
        t.render(b);
        b.append("\nWrite `preset: NAME` on a broker; a key written beside it wins. `dsim presets NAME` shows"
                + " every knob with its source.\n");
        return b.toString();
    }

    /** Every knob of {@code p} with its value, unit and source, then what it leaves out and its hazards. */
    public static String show(Preset p) {
        StringBuilder b = new StringBuilder();
        b.append(p.name()).append(": ").append(p.platform()).append('\n');
        b.append("its hazard, as a scenario: scenarios/").append(p.scenario()).append("\n\n");
        TextTable t = new TextTable(List.of(TextTable.Column.left("sets"), TextTable.Column.left("key"),
                TextTable.Column.left("value"), TextTable.Column.left("unit"),
                TextTable.Column.left("platform setting")));
        for (Knob k : p.knobs()) {
            t.row(k.target().shown(), k.key(), k.value(), k.unit(), k.setting());
        }
        t.render(b);
        b.append("\nsources:\n");
        for (Knob k : p.knobs()) {
            b.append("  ").append(k.path()).append(": ").append(k.source()).append('\n');
            if (!k.note().isEmpty()) {
                b.append("    ").append(k.note()).append('\n');
            }
        }
        b.append("\nleft out:\n");
        p.leftOut().forEach(s -> b.append("  - ").append(s).append('\n'));
        b.append("\nhazards:\n");
        p.hazards().forEach(s -> b.append("  - ").append(s).append('\n'));
        return b.toString();
    }
}
