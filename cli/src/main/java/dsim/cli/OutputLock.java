package dsim.cli;

import dsim.text.Echo;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One dsim's claim on an output folder: an exclusive lock on {@code .NAME.lock} beside it,
 * taken before the first seed runs and given up once the files are in place. A second
 * {@code compare} into the same folder is refused at once, instead of both running for
 * minutes and the last one silently winning. Creating the lock file, and the folders above
 * it, is also the check that the folder can be written at all, made before any run.
 *
 * <p>The lock file stays, empty, when the claim ends: deleting it would let a second dsim that
 * opened it a moment before lock a file no third one can see, and both would write. The
 * operating system drops the lock of a process that dies, so a killed run blocks nobody.
 */
final class OutputLock implements AutoCloseable {

    /** Why a folder cannot be claimed, as one line for the user (without the command's name). */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String line) {
            super(line);
        }
    }

    /**
     * Lock files this JVM holds. A process holds a file lock once, and closing any channel on
     * the file drops it, so a second claim in the same JVM must not even open the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;

    private OutputLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Claims {@code dir} (which need not exist yet) for this process, creating the folders
     * above it.
     *
     * @throws Refusal if the folder cannot be written there, or another dsim is writing it
     */
    static OutputLock claim(Path dir) throws Refusal {
        Path absolute = dir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new Refusal("cannot write into the file system root; choose another --out");
        }
        Path lockFile;
        try {
            Files.createDirectories(parent);
            if (Files.isDirectory(absolute) && !Files.isWritable(absolute)) {
                throw new AccessDeniedException(dir.toString());
            }
            // The real folder, so that two names of one folder (a link, a "..") share one lock.
            Path real = Files.exists(absolute) ? absolute.toRealPath() : parent.toRealPath().resolve(absolute.getFileName());
            lockFile = real.resolveSibling("." + real.getFileName() + ".lock");
            if (HELD.add(lockFile)) {
                OutputLock claimed = tryLock(lockFile);
                if (claimed != null) {
                    return claimed;
                }
                HELD.remove(lockFile);
            }
        } catch (IOException e) {
            throw new Refusal("cannot write to " + Echo.of(dir) + ": " + FileErrors.reason(e) + "; choose another --out");
        }
        throw new Refusal(Echo.of(dir) + " is being written by another dsim (lock " + lockFile.getFileName()
                + "); wait for it or choose another --out");
    }

    /** The lock on {@code lockFile}, created if missing, or null if another process holds it. */
    private static OutputLock tryLock(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // other code in this JVM holds it: a second writer all the same
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new OutputLock(lockFile, channel);
    }

    /** Gives the folder up: closing the channel releases its lock. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel, or with the process at the latest.
        } finally {
            HELD.remove(file);
        }
    }
}
