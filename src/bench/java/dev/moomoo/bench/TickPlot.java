package dev.moomoo.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws tick time against players from the table {@code ActivePlayersBench} prints (p50 and p99 lines,
 * the 111 ms budget and the 20 ms goal) into a PNG. Runs on a full JDK (it needs java.desktop):
 * {@code $JAVA_HOME/bin/java -cp target/test-classes dev.moomoo.bench.TickPlot table.txt tick-time.png}
 */
public final class TickPlot {
    private TickPlot() {
    }

    public static void main(String[] args) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[0].matches("\\d+")) {
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            }
        }
        int w = 800, h = 480, left = 70, right = 50, top = 40, bottom = 60;
        double maxPlayers = rows.stream().mapToDouble(r -> r[0]).max().orElse(1);
        double maxMs = Math.max(25, rows.stream().mapToDouble(r -> r[2]).max().orElse(1) * 1.2);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(Color.BLACK);
        g.drawString("Tick time against active players (ActivePlayersBench, 2-core machine)", left, 24);
        g.drawLine(left, h - bottom, w - right, h - bottom);
        g.drawLine(left, top, left, h - bottom);
        for (int i = 0; i <= 5; i++) {
            double ms = maxMs * i / 5;
            int y = (int) (h - bottom - (h - top - bottom) * ms / maxMs);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(left + 1, y, w - right, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%.0f ms", ms), 10, y + 4);
        }
        for (double[] r : rows) {
            int x = (int) (left + (w - left - right) * r[0] / maxPlayers);
            g.drawString(String.format("%.0f", r[0]), x - 12, h - bottom + 20);
        }
        g.drawString("players", (w - left) / 2 + left - 20, h - 15);
        int goal = (int) (h - bottom - (h - top - bottom) * 20 / maxMs);
        g.setColor(new Color(200, 60, 60));
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
        g.drawLine(left, goal, w - right, goal);
        g.drawString("20 ms goal for p99 at 1,000 players", w - right - 240, goal - 6);
        series(g, rows, 1, new Color(60, 120, 200), "p50", left, right, top, bottom, w, h, maxPlayers, maxMs);
        series(g, rows, 2, new Color(230, 140, 30), "p99", left, right, top, bottom, w, h, maxPlayers, maxMs);
        g.dispose();
        ImageIO.write(img, "png", Path.of(args[1]).toFile());
    }

    private static void series(Graphics2D g, List<double[]> rows, int column, Color color, String label, int left, int right, int top,
                               int bottom, int w, int h, double maxPlayers, double maxMs) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        int px = -1, py = -1;
        for (double[] r : rows) {
            int x = (int) (left + (w - left - right) * r[0] / maxPlayers);
            int y = (int) (h - bottom - (h - top - bottom) * r[column] / maxMs);
            g.fillOval(x - 4, y - 4, 8, 8);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
        g.drawString(label, px + 8, py + 4);
    }
}
