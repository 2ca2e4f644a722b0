package vn.canbo.people;

import java.util.ArrayList;
import java.util.List;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * The part of an uploaded picture the user framed for the 4×6 photo (issue 20 point 13):
 * x, y, width and height in the picture's natural pixels, as the dossier's crop box sends
 * them ({@code cropX}, {@code cropY}, {@code cropWidth}, {@code cropHeight}). None sent
 * (no script, or a picture smaller than the minimum) means the centred 2:3 crop. Checked
 * against the picture's header before it is decoded: inside the picture, at least
 * {@value #MIN_WIDTH}×{@value #MIN_HEIGHT} pixels, 2:3 portrait within
 * {@value #RATIO_TOLERANCE} (relative); every problem is reported at once, naming its
 * field.
 */
public record PhotoCrop(int x, int y, int width, int height) {

	public static final int MIN_WIDTH = 120;

	public static final int MIN_HEIGHT = 180;

	/** How far width/height may be from 2/3, relative (the box rounds to pixels). */
	public static final double RATIO_TOLERANCE = 0.02;

	private static final String[] FIELDS = { "cropX", "cropY", "cropWidth", "cropHeight", "crop" };

	/**
	 * The rectangle the form sent, or null when it sent none (all four empty).
	 * @throws ValidationException when only some are sent or one is not a whole number
	 */
	public static PhotoCrop parse(String x, String y, String width, String height) {
		String[] raw = { x, y, width, height };
		int sent = 0;
		for (String r : raw) {
			sent += r == null || r.isBlank() ? 0 : 1;
		}
		if (sent == 0) {
			return null;
		}
		List<FieldError> errors = new ArrayList<>();
		int[] v = new int[4];
		for (int i = 0; i < 4; i++) {
			if (raw[i] == null || raw[i].isBlank()) {
				errors.add(error(i, "people.photo.crop.missing", raw[i]));
				continue;
			}
			try {
				v[i] = Integer.parseInt(raw[i].trim());
			}
			catch (NumberFormatException e) {
				errors.add(error(i, "people.photo.crop.notNumber", raw[i]));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new PhotoCrop(v[0], v[1], v[2], v[3]);
	}

	/**
	 * Refuses this rectangle for a picture of {@code imageWidth}×{@code imageHeight}
	 * pixels, with every reason at once.
	 */
	void check(int imageWidth, int imageHeight) {
		List<FieldError> errors = new ArrayList<>();
		if (x < 0) {
			errors.add(error(0, "people.photo.crop.negative", x));
		}
		if (y < 0) {
			errors.add(error(1, "people.photo.crop.negative", y));
		}
		if (width < MIN_WIDTH) {
			errors.add(error(2, "people.photo.crop.tooSmall", width, MIN_WIDTH));
		}
		if (height < MIN_HEIGHT) {
			errors.add(error(3, "people.photo.crop.tooSmall", height, MIN_HEIGHT));
		}
		if (x >= 0 && width > 0 && (long) x + width > imageWidth) {
			errors.add(error(2, "people.photo.crop.outside", x, width, imageWidth));
		}
		if (y >= 0 && height > 0 && (long) y + height > imageHeight) {
			errors.add(error(3, "people.photo.crop.outside", y, height, imageHeight));
		}
		if (width > 0 && height > 0 && Math.abs(width * 3.0 / (height * 2.0) - 1) > RATIO_TOLERANCE) {
			errors.add(error(4, "people.photo.crop.ratio", width, height));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	/** "Vùng cắt ảnh — chiều rộng: …": the field's label, then the reason. */
	private static FieldError error(int field, String key, Object... args) {
		Object[] text = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			text[i] = args[i] == null ? "" : String.valueOf(args[i]);
		}
		String label = Messages.text("people.photo.crop." + FIELDS[field]);
		return new FieldError(FIELDS[field], Messages.text("people.photo.crop.error", label, Messages.text(key, text)));
	}

}
