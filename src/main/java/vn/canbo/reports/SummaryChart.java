package vn.canbo.reports;

import vn.canbo.shared.Messages;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import vn.canbo.shared.web.Formats;

/**
 * A PNG bar chart (Java2D, headless) of the summary table's shares of the total: nữ, đảng
 * viên, … in percent.
 */
final class SummaryChart {

	private SummaryChart() {
	}

	private static Font font(float size) {
		try (InputStream in = SummaryChart.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
			return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
		}
		catch (Exception e) {
			return new Font(Font.SANS_SERIF, Font.PLAIN, (int) size);
		}
	}

	static byte[] png(StatisticsTable t) {
		int w = 900;
		int h = 360;
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, w, h);
			g.setColor(Color.DARK_GRAY);
			g.setFont(font(16f));
			g.drawString(Messages.text("reports.chart.structure"), 20, 26);
			int left = 40;
			int bottom = h - 60;
			int top = 50;
			g.setStroke(new BasicStroke(1f));
			g.drawLine(left, bottom, w - 20, bottom);
			long total = t.grandTotal();
			int n = Math.max(1, t.columns().size() - 1);
			int slot = (w - left - 40) / n;
			g.setFont(font(12f));
			for (int i = 1; i < t.columns().size(); i++) {
				BigDecimal pct = StatisticsService.percent(t.total().cells().get(i).count(), total);
				double v = pct == null ? 0 : pct.doubleValue();
				int bh = (int) Math.round((bottom - top) * v / 100.0);
				int x = left + (i - 1) * slot + slot / 5;
				int bw = slot * 3 / 5;
				g.setColor(new Color(0x2f6ea6));
				g.fillRect(x, bottom - bh, bw, bh);
				g.setColor(Color.DARK_GRAY);
				g.drawString(pct == null ? "" : Formats.percent(pct), x, bottom - bh - 4);
				String label = t.columns().get(i).header();
				g.drawString(label.length() > 22 ? label.substring(0, 22) : label, x - slot / 10, bottom + 18);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(img, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static String dataUri(StatisticsTable t) {
		return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(t));
	}

}
