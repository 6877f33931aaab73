package dsim.cli;

import dsim.text.Echo;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file or folder could not be written, in words: NIO exceptions carry little more than the path. */
final class FileErrors {

    private FileErrors() {
    }

    /** e.g. {@code permission denied}, {@code no such directory}, {@code out is a file, not a folder}. */
    static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof FileAlreadyExistsException f && f.getFile() != null) {
            return Echo.of(f.getFile()) + " is a file, not a folder"; // what stands where a folder must go
        }
        if (cause instanceof NotDirectoryException f) {
            return Echo.of(f.getFile()) + " is not a folder";
        }
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return cause.getMessage() != null ? Echo.of(cause.getMessage()) : cause.getClass().getSimpleName();
    }
}
