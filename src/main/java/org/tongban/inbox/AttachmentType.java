package org.tongban.inbox;

import java.util.Locale;
import java.util.Optional;

/**
 * The files officers may attach: scans and photos. The type is decided by the file's first
 * bytes, not by its name or the browser's claim, and the name's extension must agree.
 */
public enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

    private final String mimeType;
    private final byte[] magic;
    private final String[] extensions;

    AttachmentType(String mimeType, byte[] magic, String... extensions) {
        this.mimeType = mimeType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The type whose signature the content starts with and whose extension the name has. */
    public static Optional<AttachmentType> sniff(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (AttachmentType type : values()) {
            if (startsWith(content, type.magic)) {
                for (String extension : type.extensions) {
                    if (name.endsWith("." + extension)) {
                        return Optional.of(type);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
