package vn.canbo.career;

import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/** A decision's scan: PDF, PNG or JPEG by content, at most 10 MB. */
final class ScanFiles {

	private ScanFiles() {
	}

	/** The content type of an acceptable scan; otherwise a validation error. */
	static String check(byte[] data) {
		if (data == null || data.length == 0) {
			throw new ValidationException("scan", Messages.text("career.error.scanEmpty"));
		}
		if (data.length > DecisionService.MAX_SCAN_BYTES) {
			throw new ValidationException("scan", Messages.text("career.error.scanTooLarge"));
		}
		String type = contentType(data);
		if (type == null) {
			throw new ValidationException("scan", Messages.text("career.error.scanType"));
		}
		return type;
	}

	/** The stored file name (cleaned, at most 255 characters). */
	static String name(String fileName) {
		String name = fileName == null || fileName.isBlank() ? "scan" : VietnameseText.clean(fileName);
		name = name.length() > 255 ? name.substring(0, 255) : name;
		return name;
	}

	/** Detects the type by magic bytes: %PDF, PNG signature, JPEG SOI. */
	static String contentType(byte[] b) {
		if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
			return "application/pdf";
		}
		if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
				&& b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
			return "image/png";
		}
		if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		return null;
	}

}
