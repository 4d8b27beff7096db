package org.tongban.retrofit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Stand-in photos for the demo cases, drawn at start (the repository holds no images). */
final class DemoPhotos {

    private DemoPhotos() {
    }

    /** A 320 × 240 PNG: a grey "room" with a coloured block (a ramp, a grab bar) in it. */
    static byte[] png(Color fixture) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xE8E4DC));
            g.fillRect(0, 0, 320, 240);
            g.setColor(new Color(0x9A938A));
            g.fillRect(0, 170, 320, 70);
            g.setColor(fixture);
            g.fillRect(120, 90, 140, 24);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
