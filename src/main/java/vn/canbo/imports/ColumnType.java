package vn.canbo.imports;

/** How a template column's cells are read. */
@org.springframework.modulith.NamedInterface("spi")
public enum ColumnType {

	/** Free text: NFC, single spaces, legacy TCVN3/VNI text converted. */
	TEXT,
	/**
	 * A date; "12/3/1975", "03/1975", "1975", ISO or an Excel date. Partial (month/year)
	 * only when the column allows it.
	 */
	DATE, INTEGER, DECIMAL,
	/** x, có, 1, true, yes → true; blank, không, 0, false, no → false. */
	BOOLEAN,
	/**
	 * A code of a catalog (the code or the Vietnamese name is accepted); drop-down list
	 * in the template.
	 */
	CATALOG,
	/**
	 * One of a fixed list of labels (e.g. Nam/Nữ), each standing for a value; drop-down
	 * list in the template.
	 */
	CHOICE

}
