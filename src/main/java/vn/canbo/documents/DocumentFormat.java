package vn.canbo.documents;

import vn.canbo.shared.Messages;

/** Output format of a document. */
public enum DocumentFormat {

	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	PDF("pdf", "application/pdf");

	private final String extension;

	private final String mediaType;

	DocumentFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
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
