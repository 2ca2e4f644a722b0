package vn.canbo.people;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Checks and normalises an uploaded dossier photo: the type is read from the content (the
 * image readers' signatures: JPEG or PNG only, whatever the file is called), the pixel
 * dimensions from the header before anything is decoded (a decompression bomb is refused
 * there), then the picture is cropped to 2:3 portrait (4×6) — to the rectangle the user
 * framed ({@link PhotoCrop}) or else around its centre, on the picture turned upright as
 * its EXIF orientation says ({@link PhotoOrientation}) — and scaled to
 * {@value #WIDTH}×{@value #HEIGHT}, re-encoded as JPEG (which also drops any metadata).
 */
final class PhotoImage {

	static final int WIDTH = 400;

	static final int HEIGHT = 600;

	/** The stored picture and what was uploaded. */
	record Result(byte[] jpeg, String originalType, int originalWidth, int originalHeight) {
	}

	private PhotoImage() {
	}

	static ValidationException refused(String key, Object... args) {
		return new ValidationException("photo", Messages.text(key, args));
	}

	static void checkSize(long size, PhotoSettings s) {
		if (size <= 0) {
			throw refused("people.photo.empty");
		}
		if (size > s.maxFileSize().toBytes()) {
			throw refused("people.photo.tooLarge", megabytes(size), megabytes(s.maxFileSize().toBytes()));
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Messages.locale(), "%.1f MB", bytes / 1024.0 / 1024.0);
	}

	static Result process(byte[] bytes, PhotoSettings s) {
		return process(bytes, s, null);
	}

	/**
	 * As {@link #process(byte[], PhotoSettings)}, keeping the rectangle the user framed
	 * (null: the centred crop), checked against the header before decoding.
	 */
	static Result process(byte[] bytes, PhotoSettings s, PhotoCrop frame) {
		checkSize(bytes == null ? 0 : bytes.length, s);
		ImageIO.setUseCache(false);
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw refused("people.photo.notImage");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				String type = switch (format) {
					case "jpeg", "jpg" -> "image/jpeg";
					case "png" -> "image/png";
					default -> throw refused("people.photo.notImage");
				};
				reader.setInput(in, true, true);
				int w;
				int h;
				try {
					w = reader.getWidth(0);
					h = reader.getHeight(0);
				}
				catch (IOException e) {
					throw refused("people.photo.notImage");
				}
				if ((long) w * h > s.maxPixels()) {
					throw refused("people.photo.tooManyPixels", String.valueOf(w), String.valueOf(h),
							String.format(Messages.locale(), "%,d", s.maxPixels()));
				}
				// the picture as it is shown (a phone portrait turned upright), which the
				// crop box framed
				int o = "image/jpeg".equals(type) ? PhotoOrientation.of(bytes) : 1;
				int uw = PhotoOrientation.turns(o) ? h : w;
				int uh = PhotoOrientation.turns(o) ? w : h;
				PhotoCrop shown = frame == null ? centred(uw, uh) : frame;
				if (frame != null) {
					frame.check(uw, uh);
				}
				BufferedImage image;
				try {
					image = reader.read(0);
				}
				catch (IOException | RuntimeException e) {
					throw refused("people.photo.notImage");
				}
				PhotoCrop stored = PhotoOrientation.toStored(shown, w, h, o);
				BufferedImage cut = PhotoOrientation.turns(o) ? crop(image, stored, HEIGHT, WIDTH)
						: crop(image, stored, WIDTH, HEIGHT);
				return new Result(jpeg(PhotoOrientation.upright(cut, o)), type, uw, uh);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The largest centred 2:3 portrait part of a w×h picture. */
	static PhotoCrop centred(int w, int h) {
		int cw = w;
		int ch = h;
		if ((long) w * 3 > (long) h * 2) { // too wide: keep the full height
			cw = Math.max(1, h * 2 / 3);
		}
		else { // too tall: keep the full width
			ch = Math.max(1, w * 3 / 2);
		}
		return new PhotoCrop((w - cw) / 2, (h - ch) / 2, cw, ch);
	}

	/**
	 * The part {@code f} of the picture (already checked), scaled to
	 * {@code outW}×{@code outH} on white (PNG transparency).
	 */
	static BufferedImage crop(BufferedImage src, PhotoCrop f, int outW, int outH) {
		int x = f.x();
		int y = f.y();
		int cw = f.width();
		int ch = f.height();
		BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, outW, outH);
			g.drawImage(src, 0, 0, outW, outH, x, y, x + cw, y + ch, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam p = writer.getDefaultWriteParam();
			p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			p.setCompressionQuality(0.9f);
			writer.write(null, new IIOImage(image, null, null), p);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
