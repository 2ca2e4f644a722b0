package vn.canbo.people;

import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (tag 0x0112: how a camera or phone says its pixels must
 * be turned to stand upright). Browsers show a picture turned (and the crop box frames it
 * so); the image readers do not turn it. So the server reads the tag, takes the framed
 * rectangle back to the stored pixels, crops there, and turns only the small result — a
 * phone portrait is stored upright and the crop is the one the user saw.
 */
final class PhotoOrientation {

	private PhotoOrientation() {
	}

	/** The orientation 1..8 of a JPEG's EXIF, 1 when it has none or is not a JPEG. */
	static int of(byte[] b) {
		if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
			return 1;
		}
		int i = 2;
		while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
			int marker = b[i + 1] & 0xFF;
			int len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
			if (marker == 0xDA || marker == 0xD9 || len < 2) { // the picture data: no
																// EXIF before
				return 1;
			}
			if (marker == 0xE1 && len >= 8 && i + 2 + len <= b.length && b[i + 4] == 'E' && b[i + 5] == 'x'
					&& b[i + 6] == 'i' && b[i + 7] == 'f') {
				return tiff(b, i + 10, i + 2 + len);
			}
			i += 2 + len;
		}
		return 1;
	}

	private static int tiff(byte[] b, int start, int end) {
		if (start + 8 > end) {
			return 1;
		}
		boolean little = b[start] == 'I';
		long ifd = start + read(b, start + 4, 4, little);
		if (ifd < start || ifd + 2 > end) {
			return 1;
		}
		int n = (int) read(b, (int) ifd, 2, little);
		for (int e = 0; e < n; e++) {
			int at = (int) ifd + 2 + e * 12;
			if (at + 12 > end) {
				return 1;
			}
			if (read(b, at, 2, little) == 0x0112) {
				int o = (int) read(b, at + 8, 2, little);
				return o >= 1 && o <= 8 ? o : 1;
			}
		}
		return 1;
	}

	private static long read(byte[] b, int at, int n, boolean little) {
		long v = 0;
		for (int k = 0; k < n; k++) {
			int by = b[little ? at + n - 1 - k : at + k] & 0xFF;
			v = (v << 8) | by;
		}
		return v;
	}

	/** Whether the orientation swaps width and height (5 to 8). */
	static boolean turns(int o) {
		return o >= 5;
	}

	/**
	 * The rectangle {@code r} of the upright picture as a rectangle of the stored pixels
	 * ({@code w}×{@code h}, as stored).
	 */
	static PhotoCrop toStored(PhotoCrop r, int w, int h, int o) {
		int x = r.x();
		int y = r.y();
		int cw = r.width();
		int ch = r.height();
		return switch (o) {
			case 2 -> new PhotoCrop(w - x - cw, y, cw, ch);
			case 3 -> new PhotoCrop(w - x - cw, h - y - ch, cw, ch);
			case 4 -> new PhotoCrop(x, h - y - ch, cw, ch);
			case 5 -> new PhotoCrop(y, x, ch, cw);
			case 6 -> new PhotoCrop(y, h - x - cw, ch, cw);
			case 7 -> new PhotoCrop(w - y - ch, h - x - cw, ch, cw);
			case 8 -> new PhotoCrop(w - y - ch, x, ch, cw);
			default -> r;
		};
	}

	/** The stored pixels turned upright. */
	static BufferedImage upright(BufferedImage src, int o) {
		if (o <= 1 || o > 8) {
			return src;
		}
		int w = src.getWidth();
		int h = src.getHeight();
		BufferedImage out = turns(o) ? new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB)
				: new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int rgb = src.getRGB(x, y);
				switch (o) {
					case 2 -> out.setRGB(w - 1 - x, y, rgb);
					case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
					case 4 -> out.setRGB(x, h - 1 - y, rgb);
					case 5 -> out.setRGB(y, x, rgb);
					case 6 -> out.setRGB(h - 1 - y, x, rgb);
					case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
					default -> out.setRGB(y, w - 1 - x, rgb); // 8
				}
			}
		}
		return out;
	}

}
