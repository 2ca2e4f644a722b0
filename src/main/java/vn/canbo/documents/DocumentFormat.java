package vn.canbo.documents;

import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Attachment;

/** Output format of a document. */
public enum DocumentFormat {

	DOCX, PDF;

	/** {@code docx}, {@code pdf}. */
	public String extension() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public String mediaType() {
		return this == PDF ? Attachment.PDF : Attachment.DOCX;
	}

	public static DocumentFormat parse(String s) {
		if (s == null || s.isBlank()) {
			return DOCX;
		}
		return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "docx", "word" -> DOCX;
			case "pdf" -> PDF;
			default ->
				throw new vn.canbo.shared.ValidationException("format", Messages.text("documents.error.format", s));
		};
	}

}
