package dsim.cli;

import dsim.report.TraceWriter;
import dsim.text.Echo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Where {@code run --trace PATH} writes, and whether it may, decided before anything runs.
 * A pipe, a terminal or another device is written into directly: a file renamed over it would
 * replace the pipe, or, for root, the device node itself. {@code /dev/stdout} and
 * {@code /dev/stderr} go through dsim's own streams, whatever those are. A new file, an empty
 * one or an earlier dsim trace is written atomically. Any other file (a README, the scenario
 * being run) is somebody's work, and only {@code --force} replaces it.
 */
final class TraceTarget {

    /** What a trace path names, once symbolic links are followed. */
    private enum Kind { NEW_FILE, FILE, FOLDER, STREAM, DISK, STANDARD_OUTPUT, STANDARD_ERROR }

    /** A dsim trace's lines are a few hundred characters; a longer first line is no trace's. */
    private static final int FIRST_LINE_LIMIT = 1 << 16;
    /** As the kernel, give up on a chain of links this long: it is surely a loop. */
    private static final int MAX_LINKS = 40;
    private static final String OWN_FDS = "/proc/" + ProcessHandle.current().pid() + "/fd/";
    private static final Set<String> STANDARD_OUTPUT = Set.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", OWN_FDS + 1);
    private static final Set<String> STANDARD_ERROR = Set.of("/dev/stderr", "/dev/fd/2", "/proc/self/fd/2", OWN_FDS + 2);
    /** The file-type bits of a Unix mode, and their value for a block device (a disk). */
    private static final int FILE_TYPE = 0170000;
    private static final int BLOCK_DEVICE = 0060000;

    private TraceTarget() {
    }

    /**
     * Why {@code run} must not write its trace to {@code trace}, in words that say what to do,
     * or null if it may. {@code scenario} is the file being run; {@code force} allows replacing
     * any file and writing onto a disk device, never a folder.
     */
    static String refusal(Path trace, Path scenario, boolean force) {
        String named = "--trace " + Echo.of(trace);
        switch (kind(trace)) {
            case FOLDER:
                return named + " is a folder; name a file in it, e.g. " + Echo.of(trace.resolve("trace.jsonl"));
            case DISK:
                return force ? null : named + " is a disk device; choose a file, or add --force to write onto the disk";
            case FILE:
                if (force) {
                    return null;
                }
                if (isSameFile(trace, scenario)) {
                    return named + " is the scenario file being run; choose another file, or add --force to replace it";
                }
                return holdsATraceOrNothing(trace) ? null
                        : named + " holds something other than a dsim trace; choose another file, or add --force to "
                                + "replace it";
            default:
                return null;
        }
    }

    /** Writes the trace {@code content} produces to {@code trace}, as {@link TraceTarget} describes. */
    static void write(Path trace, Terminal terminal, AtomicFile.Content content) throws IOException {
        switch (kind(trace)) {
            case STANDARD_OUTPUT -> into(terminal.out(), content);
            case STANDARD_ERROR -> into(terminal.err(), content);
            case STREAM, DISK -> {
                // WRITE alone: neither create nor truncate what is already there.
                try (Writer out = new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(trace, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16)) {
                    content.writeTo(out);
                }
            }
            default -> AtomicFile.write(trace, content);
        }
    }

    private static void into(PrintWriter stream, AtomicFile.Content content) throws IOException {
        // Its errors surface where every other write to it does: Main's check of the streams.
        content.writeTo(stream);
        stream.flush();
    }

    private static Kind kind(Path trace) {
        String standard = standardStream(trace);
        if (standard != null) {
            return STANDARD_OUTPUT.contains(standard) ? Kind.STANDARD_OUTPUT : Kind.STANDARD_ERROR;
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(trace, BasicFileAttributes.class); // follows links
        } catch (IOException e) {
            return Kind.NEW_FILE; // missing; or unreadable, and then writing it will say why
        }
        if (a.isDirectory()) {
            return Kind.FOLDER;
        }
        if (a.isRegularFile()) {
            return Kind.FILE;
        }
        return isBlockDevice(trace) ? Kind.DISK : Kind.STREAM;
    }

    /**
     * The name of this process's stdout or stderr that {@code trace} is, or leads to through
     * links (as {@code /dev/stdout} leads to {@code /proc/self/fd/1}); null if none. Opening
     * such a name again would start at the beginning of the file stdout may be redirected to,
     * and overwrite what dsim prints there.
     */
    private static String standardStream(Path trace) {
        Path p = trace.toAbsolutePath().normalize();
        for (int hop = 0; hop < MAX_LINKS; hop++) {
            String name = p.toString();
            if (STANDARD_OUTPUT.contains(name) || STANDARD_ERROR.contains(name)) {
                return name;
            }
            if (!Files.isSymbolicLink(p)) {
                return null;
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isBlockDevice(Path path) {
        try {
            return (((Integer) Files.getAttribute(path, "unix:mode")) & FILE_TYPE) == BLOCK_DEVICE;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no Unix modes here, so no block devices as files either
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b); // the same file by any name: a link, a "..", a hard link
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True if {@code file} is empty (the trace of a run without events looks the same, and
     * replacing it loses nothing) or its first line is one {@link TraceWriter} writes.
     */
    private static boolean holdsATraceOrNothing(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(FIRST_LINE_LIMIT);
            if (head.length == 0) {
                return true;
            }
            int end = 0;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            if (end == FIRST_LINE_LIMIT) {
                return false;
            }
            String first = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(head, 0, end)).toString();
            return TraceWriter.isTraceLine(first);
        } catch (IOException e) {
            return false; // unreadable, or not UTF-8 text: not known to be ours
        }
    }
}
