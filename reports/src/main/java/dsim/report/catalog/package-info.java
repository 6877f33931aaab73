/**
 * {@code dsim catalog}: the index of the scenario library ({@code scenarios/README.md}) as
 * Markdown. {@link dsim.report.catalog.Shelf} keeps the order of the lesson's claims and the
 * other side of each claim that compares two settings; {@link dsim.report.catalog.CatalogMarkdown}
 * renders the scenarios and the figures of their runs. Every byte is deterministic: the runs
 * are seeded, numbers use fixed formats, and nothing reads the clock.
 */
package dsim.report.catalog;
