package dsim.cli;

import dsim.report.part.PartHeader;
import dsim.report.part.PartWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.spec.Scenario;
import dsim.sweep.Shard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part file a shard writes into its {@code --out} folder, {@code part-I-of-N.jsonl}: written
 * whole or not at all ({@link AtomicFile}), as its sweep runs, so a shard stopped or failed midway
 * leaves no part a merge could take for a whole one.
 */
final class PartFile {

    /** Writes the seeds of a part as the shard's sweep hands them over. */
    @FunctionalInterface
    interface Body {
        /** Writes every seed; returns whether the shard stopped before its last seed (a hunt at --max-failures). */
        boolean writeTo(PartWriter part) throws IOException;
    }

    private PartFile() {
    }

    /** e.g. {@code part-0-of-3.jsonl}. */
    static String name(Shard shard) {
        return "part-" + shard.index() + "-of-" + shard.count() + ".jsonl";
    }

    /**
     * Whether {@code name} is a part of a sweep in {@code count} shards, or the temporary file of
     * one still being written: the shards of one sweep may share a folder, and run at once.
     */
    static boolean isPart(String name, int count) {
        Matcher m = NAME.matcher(name);
        return m.matches() && Integer.parseInt(m.group(3)) == count;
    }

    private static final Pattern NAME = Pattern.compile("(\\.)?part-([0-9]{1,9})-of-([0-9]{1,9})\\.jsonl(\\.[0-9]+\\.[0-9]+\\.tmp)?");

    /**
     * The header of {@code shard}'s part of a sweep of {@code scenario}, carrying the text of
     * {@code file} as read now, which must be the bytes the scenario was loaded from.
     *
     * @param options the command's options that change results or output, by flag
     * @throws IOException if the file cannot be read again, or changed since it was loaded
     */
    static PartHeader header(String command, Shard shard, Path file, Scenario scenario, long first, int seeds,
                             int points, ObjectNode options) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!PartHeader.sha256(bytes).equals(scenario.source().sha256())) {
            throw new IOException("the file changed while dsim read it; run the shard again");
        }
        // The loader took these bytes as UTF-8, so they come back from the text unchanged (the merge checks the hash).
        return new PartHeader(Version.number(), command, shard, file.toString(), scenario.source().sha256(),
                new String(bytes, StandardCharsets.UTF_8), first, seeds, points, options);
    }

    /**
     * Writes the part of {@code header}'s shard into {@code dir}, creating it.
     *
     * @return the file, as {@code dir} names it
     */
    static Path write(Path dir, PartHeader header, Body body) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(name(header.shard()));
        try {
            AtomicFile.write(target, out -> {
                PartWriter part = new PartWriter(out, header);
                part.end(body.writeTo(part));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause(); // a write from inside the sweep, which cannot throw checked exceptions
        }
        return target;
    }
}
