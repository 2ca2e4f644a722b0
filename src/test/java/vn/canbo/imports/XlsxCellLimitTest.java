package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 9: a huge cell in a small .xlsx is refused by {@link FileGuard} while
 * the entry is inflated, from the characters counted so far ({@link XmlTextLimit}),
 * before any parser holds the cell.
 */
class XlsxCellLimitTest {

	static final FileGuard GUARD = new FileGuard(new FileGuard.Limits(20L << 20, 1000, 1L << 30, 200, 200_000, 32_767));

	@TempDir
	Path dir;

	/**
	 * A 314 MB shared string, streamed into a ~0.3 MB .xlsx (the test never holds it).
	 */
	@Test
	void a314MbCellInASmallXlsxIsRefusedWithTheCellMessage() throws IOException {
		Path file = dir.resolve("o-lon.xlsx");
		try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(z, "xl/workbook.xml", "<workbook><sheets><sheet name=\"Cán bộ\" r:id=\"rId1\"/></sheets></workbook>");
			z.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			z.write("<sst count=\"2\" uniqueCount=\"2\"><si><t>Họ và tên</t></si><si><t>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] chunk = new byte[1 << 16];
			Arrays.fill(chunk, (byte) 'a');
			for (long written = 0; written < 314L << 20; written += chunk.length) {
				z.write(chunk);
			}
			z.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
			z.closeEntry();
		}
		assertThat(Files.size(file)).isLessThan(5L << 20);
		assertThatThrownBy(() -> GUARD.inspect(file, "o-lon.xlsx")).isInstanceOf(ImportFileException.class)
			// the cell, not the compression ratio (checked from 1 MB inflated on):
			// refused early
			.hasMessageContaining("Ô quá dài")
			.hasMessageContaining("chuỗi thứ 2 trong bảng chuỗi dùng chung (xl/sharedStrings.xml)")
			.hasMessageContaining("32.767 ký tự")
			.hasMessageNotContaining("zip bomb");
	}

	/**
	 * The limit is reached after reading just past it: the reader never needs the rest.
	 */
	@Test
	void theLimitIsDecidedFromABoundedPrefix() {
		XmlTextLimit limit = new XmlTextLimit("xl/sharedStrings.xml", 32_767, 1 << 20);
		byte[] start = "<sst><si><t>".getBytes(StandardCharsets.US_ASCII);
		limit.feed(start, start.length);
		byte[] chunk = new byte[4096];
		Arrays.fill(chunk, (byte) 'x');
		long fed = 0;
		try {
			while (fed < 314L << 20) {
				limit.feed(chunk, chunk.length);
				fed += chunk.length;
			}
		}
		catch (ImportFileException refused) {
			assertThat(refused.getMessage()).contains("Ô quá dài");
		}
		assertThat(fed).isLessThan(32_768);
	}

	@Test
	void charactersNotBytesAreCountedUpToTheLimitExactly() {
		String atLimit = "ệ".repeat(32_760) + "&amp;&#x1F600;&lt;" + "a".repeat(4); // 32,767
																					// characters
		assertThatCode(() -> feed("xl/sharedStrings.xml", "<sst><si><t>" + atLimit + "</t></si></sst>"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> feed("xl/sharedStrings.xml", "<sst><si><t>" + atLimit + "b</t></si></sst>"))
			.hasMessageContaining("chuỗi thứ 1");
	}

	@Test
	void richTextRunsOfOneStringAddUpAndSeparateStringsDoNot() {
		String run = "<r><rPr><b/></rPr><t>" + "a".repeat(20_000) + "</t></r>";
		assertThatCode(
				() -> feed("xl/sharedStrings.xml", "<sst>\n  <si>" + run + "</si>\n  <si>" + run + "</si>\n</sst>"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> feed("xl/sharedStrings.xml", "<sst><si>" + run + run + "</si></sst>"))
			.hasMessageContaining("chuỗi thứ 1");
		// a CDATA section is text, whatever it contains
		assertThatThrownBy(() -> feed("xl/sharedStrings.xml",
				"<sst><si><t><![CDATA[" + "a".repeat(20_000) + "<si>" + "a".repeat(20_000) + "]]></t></si></sst>"))
			.hasMessageContaining("Ô quá dài");
	}

	@Test
	void anInlineStringOrFormulaOfAWorksheetCellIsNamedByItsReference() {
		String sheet = "<worksheet><sheetData><row r=\"7\"><c r=\"A7\" t=\"s\"><v>0</v></c>"
				+ "<c r=\"B7\" t=\"inlineStr\"><is><t>" + "a".repeat(40_000)
				+ "</t></is></c></row></sheetData></worksheet>";
		assertThatThrownBy(() -> feed("xl/worksheets/sheet1.xml", sheet))
			.hasMessageContaining("ô B7 (dòng 7, cột B, phần xl/worksheets/sheet1.xml của tệp)");
		String formula = "<worksheet><sheetData><row r=\"3\"><c><f>" + "1+".repeat(20_000)
				+ "1</f></c></row></sheetData></worksheet>";
		assertThatThrownBy(() -> feed("xl/worksheets/sheet1.xml", formula)).hasMessageContaining("một ô ở dòng 3");
		// many short cells, and long runs of whitespace between elements, are fine
		StringBuilder many = new StringBuilder("<worksheet><sheetData>");
		for (int i = 1; i <= 5000; i++) {
			many.append("\n    <row r=\"")
				.append(i)
				.append("\"><c r=\"A")
				.append(i)
				.append("\"><v>12345</v></c></row>");
		}
		many.append("</sheetData><mergeCells>").append("\n   <mergeCell ref=\"A1:B1\"/>".repeat(10_000));
		assertThatCode(() -> feed("xl/worksheets/sheet1.xml", many + "</mergeCells></worksheet>"))
			.doesNotThrowAnyException();
	}

	@Test
	void aHugeAttributeOrTextOutsideCellsIsRefusedToo() {
		assertThatThrownBy(() -> feed("xl/workbook.xml", "<workbook a=\"" + "a".repeat(2 << 20) + "\"/>"))
			.hasMessageContaining("thẻ XML dài hơn");
		assertThatThrownBy(() -> feed("xl/workbook.xml", "<workbook>" + "a".repeat(2 << 20) + "</workbook>"))
			.hasMessageContaining("đoạn văn bản dài hơn");
	}

	/**
	 * The guard also reads a part that is XML under another name (parsers follow the
	 * rels).
	 */
	@Test
	void aPartOfAnyNameThatIsXmlIsMeasured() throws IOException {
		Path file = dir.resolve("ten-la.xlsx");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
			entry(z, "xl/workbook.xml", "<workbook/>");
			entry(z, "xl/strings.bin", "<sst><si><t>" + "a".repeat(40_000) + "</t></si></sst>");
		}
		assertThatThrownBy(() -> GUARD.inspect(file, "ten-la.xlsx")).hasMessageContaining("xl/strings.bin");
	}

	private static void feed(String part, String xml) {
		byte[] b = xml.getBytes(StandardCharsets.UTF_8);
		XmlTextLimit limit = new XmlTextLimit(part, 32_767, 1 << 20);
		for (int i = 0; i < b.length; i += 1000) { // chunks cut anywhere, even inside a
													// character
			byte[] chunk = Arrays.copyOfRange(b, i, Math.min(b.length, i + 1000));
			limit.feed(chunk, chunk.length);
		}
	}

	private static void entry(ZipOutputStream z, String name, String text) throws IOException {
		z.putNextEntry(new ZipEntry(name));
		z.write(text.getBytes(StandardCharsets.UTF_8));
		z.closeEntry();
	}

}
