/**
 * Renderers of one message's story: the event-by-event text {@code dsim replay} prints
 * ({@link dsim.report.story.StoryText}) and its sequence (Lamport) diagram, as SVG
 * ({@link dsim.report.story.SequenceSvg}) and as Mermaid ({@link dsim.report.story.SequenceMermaid}),
 * both drawn from one layout ({@link dsim.report.story.Sequence}).
 */
package dsim.report.story;
