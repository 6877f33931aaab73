package dsim.cli;

import dsim.report.story.Sequence;
import dsim.report.story.SequenceMermaid;
import dsim.report.story.SequenceSvg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a story's sequence diagram into a folder: {@code sequence.svg} and {@code sequence.mmd}, each atomically. */
final class SequenceFiles {

    private SequenceFiles() {
    }

    /** Writes both files into {@code dir} (created if missing) and returns their paths. */
    static List<Path> write(Path dir, Sequence seq, String title, String subtitle, String explanation) throws IOException {
        Files.createDirectories(dir);
        Path svg = dir.resolve("sequence.svg");
        Path mmd = dir.resolve("sequence.mmd");
        String svgText = SequenceSvg.render(seq, title, subtitle, explanation);
        String mmdText = SequenceMermaid.render(seq, title);
        AtomicFile.write(svg, out -> out.write(svgText));
        AtomicFile.write(mmd, out -> out.write(mmdText));
        return List.of(svg, mmd);
    }
}
