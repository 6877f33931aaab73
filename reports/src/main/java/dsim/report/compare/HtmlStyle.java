package dsim.report.compare;

/**
 * The report page's inline style sheet: system fonts only, nothing fetched. It is written
 * into {@code <style>} as is (raw text in HTML, where entities are not decoded), so it must
 * not contain the characters XML would need escaped: no quotes, ampersands or angle brackets.
 */
final class HtmlStyle {

    static final String CSS = """
            body { margin: 0; background: #fafafa; color: #222; \
            font: 15px/1.5 system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif; }
            main { max-width: 960px; margin: 0 auto; padding: 24px 24px 48px; background: #fff; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 16px 0 4px; }
            .meta { color: #555; font-size: 14px; }
            .verdict { background: #f3f7fb; border-left: 4px solid #0072B2; padding: 4px 16px; margin-top: 16px; }
            .verdict h2 { border: none; margin-top: 8px; }
            .recommendation { font-weight: 600; }
            .tiles { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
            .tile { flex: 1 1 260px; border: 1px solid #ddd; border-radius: 6px; padding: 4px 14px 8px; }
            .tile h3 { margin: 6px 0; }
            .tile dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 0; font-size: 14px; }
            .tile dt { color: #555; }
            .tile dd { margin: 0 0 4px; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .tile .ci { display: block; font-weight: 400; color: #555; font-size: 12px; }
            .expectations ul { list-style: none; padding-left: 0; }
            .expectations li.held { color: #1b5e20; }
            .expectations li.broken { color: #b00020; font-weight: 600; }
            .expectations li.undecided { color: #8a5a00; }
            figure { margin: 16px 0 24px; }
            figcaption { color: #444; font-size: 13px; margin-top: 4px; }
            svg { display: block; width: 100%; height: auto; }
            svg text { font-family: system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif; \
            font-size: 12px; fill: #222; }
            svg text.axis-title { font-size: 13px; fill: #444; }
            svg text.label { font-size: 13px; font-weight: 600; }
            svg text.note { fill: #444; }
            svg text.value { font-weight: 600; }
            table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
            th, td { padding: 4px 10px; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
            th { background: #f3f3f3; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .text { text-align: left; }
            .wide { overflow-x: auto; }
            .wide .num { white-space: normal; min-width: 6em; }
            table.parameters th.section { text-align: left; background: #eef2f6; }
            table.parameters td:first-child { font-family: ui-monospace, Menlo, Consolas, monospace; }
            pre { background: #f3f3f3; padding: 8px 12px; overflow-x: auto; }
            footer { margin-top: 40px; color: #555; font-size: 13px; border-top: 1px solid #ddd; }
            """;

    private HtmlStyle() {
    }
}
