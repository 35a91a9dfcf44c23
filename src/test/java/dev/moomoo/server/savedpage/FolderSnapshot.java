package dev.moomoo.server.savedpage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** Every entry of a folder with its kind, size, time of change and content's digest: equal snapshots, an untouched folder. */
final class FolderSnapshot {
    private FolderSnapshot() {
    }

    static String of(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted().toList()) {
                sb.append(folder.relativize(p)).append(' ');
                if (Files.isSymbolicLink(p)) {
                    sb.append("link ").append(Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    sb.append("dir ").append(Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS));
                } else {
                    sb.append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p)).append(' ').append(digest(Files.readAllBytes(p)));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
