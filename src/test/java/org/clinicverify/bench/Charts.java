package org.clinicverify.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the bench figures as one PNG with Java2D (no plotting library needed): left, the latency
 * distributions of the public API and of the same queries sent straight to Elasticsearch (share of
 * queries per bucket; 60 buckets on a log scale of milliseconds); right, pages fetched per second over time for
 * each crawl run.
 */
final class Charts {

    /** One line of a chart: a name, a colour and y values (x is the index). */
    record Series(String name, Color color, double[] values) {
    }

    private static final int WIDTH = 1480;
    private static final int HEIGHT = 520;
    private static final int PANEL = 640;

    private Charts() {
    }

    static void write(Path file, long[] apiNanos, long[] rawNanos, List<Series> crawlRates) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        latencyPanel(g, 40, apiNanos, rawNanos);
        linePanel(g, 40 + PANEL + 100, "Crawl rate over time (pages fetched per second)", "seconds since crawl start", crawlRates);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void latencyPanel(Graphics2D g, int left, long[] apiNanos, long[] rawNanos) {
        double max = Math.max(1, Math.max(last(apiNanos), last(rawNanos)) / 1e6);
        int buckets = 60;
        double logMax = Math.log10(max * 1.1);
        double logMin = Math.log10(0.1);
        double[] api = histogram(apiNanos, buckets, logMin, logMax);
        double[] raw = histogram(rawNanos, buckets, logMin, logMax);
        double top = 0;
        for (int i = 0; i < buckets; i++) {
            top = Math.max(top, Math.max(api[i], raw[i]));
        }
        frame(g, left, "Search latency distribution: API vs raw Elasticsearch", "milliseconds (log scale)");
        int plotTop = 60;
        int plotHeight = HEIGHT - 130;
        double barWidth = (double) PANEL / buckets;
        for (int i = 0; i < buckets; i++) {
            bar(g, new Color(220, 90, 40, 170), left + i * barWidth, barWidth / 2, raw[i] / top, plotTop, plotHeight);
            bar(g, new Color(40, 100, 200, 170), left + i * barWidth + barWidth / 2, barWidth / 2, api[i] / top, plotTop, plotHeight);
        }
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double tick : new double[] {0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000}) {
            if (tick > max * 1.1) {
                break;
            }
            int x = left + (int) ((Math.log10(tick) - logMin) / (logMax - logMin) * PANEL);
            g.drawLine(x, plotTop + plotHeight, x, plotTop + plotHeight + 4);
            g.drawString(tick < 1 ? String.valueOf(tick) : String.valueOf((int) tick), x - 8, plotTop + plotHeight + 18);
        }
        legend(g, left + PANEL - 200, plotTop + 10, List.of(
                new Series("API (" + apiNanos.length + " queries)", new Color(40, 100, 200), new double[0]),
                new Series("raw Elasticsearch", new Color(220, 90, 40), new double[0])));
    }

    private static void linePanel(Graphics2D g, int left, String title, String xLabel, List<Series> series) {
        frame(g, left, title, xLabel);
        int plotTop = 60;
        int plotHeight = HEIGHT - 130;
        int points = 1;
        double top = 1;
        for (Series s : series) {
            points = Math.max(points, s.values().length);
            for (double v : s.values()) {
                top = Math.max(top, v);
            }
        }
        g.setStroke(new BasicStroke(2f));
        for (Series s : series) {
            g.setColor(s.color());
            double[] v = s.values();
            for (int i = 1; i < v.length; i++) {
                int x0 = left + (int) ((i - 1) * (double) PANEL / Math.max(1, points - 1));
                int x1 = left + (int) (i * (double) PANEL / Math.max(1, points - 1));
                g.drawLine(x0, plotTop + plotHeight - (int) (v[i - 1] / top * plotHeight),
                        x1, plotTop + plotHeight - (int) (v[i] / top * plotHeight));
            }
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(String.format("%.0f", top), left - 35, plotTop + 5);
        g.drawString("0", left - 15, plotTop + plotHeight);
        g.drawString(String.valueOf(points - 1), left + PANEL - 10, plotTop + plotHeight + 18);
        legend(g, left + PANEL - 260, plotTop + 10, series);
    }

    private static void frame(Graphics2D g, int left, String title, String xLabel) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, left, 30);
        g.setColor(Color.GRAY);
        g.drawRect(left, 60, PANEL, HEIGHT - 130);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(xLabel, left + PANEL / 2 - 60, HEIGHT - 40);
    }

    private static void bar(Graphics2D g, Color color, double x, double width, double share, int plotTop, int plotHeight) {
        int height = (int) Math.round(share * plotHeight);
        g.setColor(color);
        g.fillRect((int) x, plotTop + plotHeight - height, Math.max(1, (int) width), height);
    }

    private static void legend(Graphics2D g, int x, int y, List<Series> series) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < series.size(); i++) {
            g.setColor(series.get(i).color());
            g.fillRect(x, y + i * 18, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(series.get(i).name(), x + 18, y + i * 18 + 11);
        }
    }

    private static double[] histogram(long[] nanos, int buckets, double logMin, double logMax) {
        double[] counts = new double[buckets];
        for (long n : nanos) {
            double ms = Math.max(0.1, n / 1e6);
            int bucket = (int) ((Math.log10(ms) - logMin) / (logMax - logMin) * buckets);
            counts[Math.max(0, Math.min(buckets - 1, bucket))]++;
        }
        for (int i = 0; i < buckets; i++) {
            counts[i] /= Math.max(1, nanos.length);
        }
        return counts;
    }

    private static long last(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }
}
