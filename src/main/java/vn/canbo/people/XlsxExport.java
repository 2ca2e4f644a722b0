package vn.canbo.people;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;

/**
 * Danh sách cán bộ as .xlsx, written while the rows stream in: Vietnamese headers, dates
 * as real Excel dates (dd/mm/yyyy), ages and coefficients as numbers. Text that a
 * spreadsheet would read as a formula (starting with = + - @) is prefixed with an
 * apostrophe. Unit names are looked up per chunk of rows.
 */
final class XlsxExport implements AutoCloseable {

	static final String DATE_FORMAT = "dd/mm/yyyy";

	private static final int CHUNK = 1000;

	private final Workbook workbook;

	private final Worksheet sheet;

	private final boolean sensitive;

	private final LocalDate asOf;

	private final Units units;

	private final Catalogs catalogs;

	private final List<String> headers;

	private final List<Object[]> pending = new ArrayList<>();

	private final List<Long> pendingUnits = new ArrayList<>();

	private int rowIndex = 1;

	/**
	 * The columns (header {@code people.export.<column>}); those naming a sensitive
	 * dossier field (last) only for users with SENSITIVE_READ.
	 */
	private static final List<String> COLUMNS = List.of("no", "fullName", "gender", "birthDate", "age", "category",
			"title", "unit", "partyMember", "partyJoinedOn", "professionalLevel", "major", "politicalTheory",
			"rankCode", "step", "coefficient", "phone", "ethnicityCode", "nationalId");

	XlsxExport(OutputStream out, boolean sensitive, LocalDate asOf, Units units, Catalogs catalogs) {
		this.workbook = new Workbook(out, "canbo", "1.0");
		this.sheet = workbook.newWorksheet(Messages.text("people.export.sheet"));
		this.sensitive = sensitive;
		this.asOf = asOf;
		this.units = units;
		this.catalogs = catalogs;
		List<String> h = new ArrayList<>();
		for (String c : COLUMNS) {
			if (sensitive || !DossierFields.sensitive(c)) {
				h.add(Messages.text("people.export." + c));
			}
		}
		this.headers = h;
		for (int c = 0; c < h.size(); c++) {
			sheet.value(0, c, h.get(c));
			sheet.style(0, c).bold().fillColor("DDEBF7").set();
		}
		sheet.freezePane(0, 1);
		sheet.width(1, 28);
		sheet.width(4, 12);
		sheet.width(7, 30);
		sheet.width(8, 36);
	}

	List<String> headers() {
		return headers;
	}

	void add(PersonSearch.Row r, ResultSet rs) throws SQLException {
		PartialDate birth = r.birthDate();
		String prof = rs.getString("prof");
		String theory = rs.getString("theory");
		BigDecimal coefficient = rs.getBigDecimal("coefficient");
		Object step = rs.getObject("step");
		List<Object> v = new ArrayList<>(List.of(r.fullName(), r.gender().label(),
				birth.precision() == PartialDate.Precision.DAY ? birth.date() : birth.format(),
				nullable(Dates.age(birth, asOf)), r.category().label(),
				nullable(r.titleText() != null ? r.titleText()
						: r.titleCode() == null ? null : catalogs.name(CatalogType.TITLE, r.titleCode())),
				"", r.partyMember() ? "x" : "", nullable(date(rs, "party_joined_on")),
				prof == null ? "" : catalogs.name(CatalogType.PROFESSIONAL_LEVEL, prof),
				nullable(rs.getString("major")),
				theory == null ? "" : catalogs.name(CatalogType.POLITICAL_THEORY, theory),
				nullable(rs.getString("rank_code")), step == null ? "" : ((Number) step).intValue(),
				coefficient == null ? "" : coefficient, nullable(rs.getString("phone"))));
		if (sensitive) {
			String eth = rs.getString("ethnicity_code");
			v.add(eth == null ? "" : catalogs.name(CatalogType.ETHNICITY, eth));
			v.add(nullable(rs.getString("national_id")));
		}
		pending.add(v.toArray());
		pendingUnits.add(r.unitId());
		if (pending.size() >= CHUNK) {
			flush();
		}
	}

	private static Object nullable(Object o) {
		return o == null ? "" : o;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private void flush() {
		if (pending.isEmpty()) {
			return;
		}
		Map<Long, UnitView> names = units.findAll(pendingUnits.stream().collect(Collectors.toSet()), asOf);
		for (int i = 0; i < pending.size(); i++) {
			Object[] v = pending.get(i);
			UnitView u = names.get(pendingUnits.get(i));
			v[6] = u == null ? "" : u.name();
			sheet.value(rowIndex, 0, rowIndex);
			for (int c = 0; c < v.length; c++) {
				write(rowIndex, c + 1, v[c]);
			}
			rowIndex++;
		}
		pending.clear();
		pendingUnits.clear();
		try {
			sheet.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void write(int r, int c, Object v) {
		if (v instanceof LocalDate d) {
			sheet.value(r, c, d);
			sheet.style(r, c).format(DATE_FORMAT).set();
		}
		else if (v instanceof Number n) {
			sheet.value(r, c, n);
		}
		else {
			String s = String.valueOf(v);
			if (!s.isEmpty()) {
				sheet.value(r, c, safe(s));
			}
		}
	}

	/**
	 * Spreadsheet formula injection: see {@link vn.canbo.shared.SpreadsheetText#safe}.
	 */
	static String safe(String s) {
		return vn.canbo.shared.SpreadsheetText.safe(s);
	}

	@Override
	public void close() {
		flush();
		try {
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
