package vn.canbo.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Real .xlsx files for tests, written with Apache POI (the way Excel and LibreOffice
 * files look inside).
 */
public final class Sheets {

	private Sheets() {
	}

	static byte[] xlsx(Consumer<XSSFWorkbook> build) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			build.accept(wb);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static XSSFWorkbook read(byte[] bytes) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A plain sheet: header row with the template's headers, then the rows (key → value).
	 */
	public static byte[] simple(List<ImportColumn> columns, String sheetName, List<Map<String, Object>> rows) {
		return xlsx(wb -> {
			Sheet s = wb.createSheet(sheetName);
			Row h = s.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				h.createCell(c).setCellValue(columns.get(c).header());
			}
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = s.createRow(r + 1);
				for (int c = 0; c < columns.size(); c++) {
					set(row.createCell(c), rows.get(r).get(columns.get(c).key()), date);
				}
			}
		});
	}

	static void set(Cell cell, Object v, CellStyle date) {
		if (v == null) {
			return;
		}
		if (v instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(date);
		}
		else if (v instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (v instanceof Boolean b) {
			cell.setCellValue(b);
		}
		else {
			cell.setCellValue(v.toString());
		}
	}

	public static Map<String, Object> row(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

	/** The same zip with one entry's content replaced. */
	static byte[] replaceEntry(byte[] zip, String name, String content) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals(name)) {
					out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String entry(byte[] zip, String name) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				if (e.getName().equals(name)) {
					return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
