package vn.canbo.documents;

import java.util.List;

/**
 * The content of a printed CV, independent of the output format: the header block, the
 * title, the items next to the photo box, the numbered items and tables in form order,
 * and the signature blocks. Rendered to DOCX by {@link CvDocx} and to HTML → PDF by
 * {@link CvHtml}.
 */
record CvModel(CvLayout layout, String formCode, String formNote, List<Field> header, String title, List<Block> beside,
		List<Block> blocks, Signature signature, String personName, String fileName, byte[] photo) {

	/** Without a photo: the box prints empty ("Ảnh màu (4 x 6 cm)"). */
	CvModel(CvLayout layout, String formCode, String formNote, List<Field> header, String title, List<Block> beside,
			List<Block> blocks, Signature signature, String personName, String fileName) {
		this(layout, formCode, formNote, header, title, beside, blocks, signature, personName, fileName, null);
	}

	/** The same CV with the dossier photo (a 2:3 JPEG) in the photo box; null = none. */
	CvModel withPhoto(byte[] jpeg) {
		return new CvModel(layout, formCode, formNote, header, title, beside, blocks, signature, personName, fileName,
				jpeg);
	}

	/** The photo as a data: URI for the PDF's HTML; null without one. */
	public String photoDataUri() {
		return photo == null ? null : "data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(photo);
	}

	/** "label: value"; an empty value prints as dots to fill by hand. */
	record Field(String label, String value) {
	}

	sealed interface Block permits Item, Heading, Table, Lines {

		/** "Item", "Heading", "Table" or "Lines", for templates. */
		default String kind() {
			return getClass().getSimpleName();
		}

	}

	/**
	 * A numbered line ("3) Sinh ngày: … Giới tính (nam, nữ): …"); {@code number} may be
	 * empty.
	 */
	record Item(String number, List<Field> fields) implements Block {

		static Item of(String number, String label, String value) {
			return new Item(number, List.of(new Field(label, value)));
		}
	}

	/**
	 * A numbered heading above a table or a free-text item ("27) ĐÀO TẠO, BỒI DƯỠNG …"),
	 * optionally with an italic note.
	 */
	record Heading(String number, String text, String note) implements Block {
	}

	/**
	 * A bordered table. {@code widths} are relative column widths; {@code headerColumn}:
	 * the first column is a header (item 31 of 2C is printed transposed: one row for
	 * month/year, one for rank/step, one for coefficient).
	 */
	record Table(List<String> headers, List<Integer> widths, List<List<String>> rows,
			boolean headerColumn) implements Block {
	}

	/**
	 * Dotted lines to write on by hand (e.g. the assessment of item 32), optionally with
	 * text on them.
	 */
	record Lines(List<String> text, int blank) implements Block {
	}

	/** Người khai (left) and the head of the agency (right). */
	record Signature(String leftTitle, String leftNote, String leftName, String rightDateLine, String rightTitle,
			String rightNote) {
	}
}
